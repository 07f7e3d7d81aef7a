package nl.jeugdregie.plans.internal.futureplan;

import nl.jeugdregie.platform.text.Labelled;

/** The life domains of a future plan 18-/18+ (PLAN-4): where the transition to adulthood needs arranging. */
enum FutureDomain implements Labelled {
	EDUCATION,
	HOUSING,
	CARE,
	WORK_AND_INCOME,
	FINANCES,
	SOCIAL_NETWORK,
	LEISURE,
	JUSTICE;
}
