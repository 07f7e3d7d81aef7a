package nl.jeugdregie.plans.internal.plan;

import nl.jeugdregie.platform.text.Labelled;

/** Leefgebied: the areas of life a goal in the cooperation plan belongs to (PLAN-2, "brede blik"). */
public enum LifeDomain implements Labelled {
	PARENTING_AND_FAMILY,
	EDUCATION_AND_WORK,
	HEALTH,
	HOUSING,
	FINANCES,
	LEISURE_AND_NETWORK,
	SAFETY,
	DAILY_LIVING,
	JUSTICE;
}
