package nl.jeugdregie.schools.internal.outofschool;

import nl.jeugdregie.platform.text.Labelled;

/** Why a child does not go to school, in categories for counting (OND-7). */
public enum ReasonCategory implements Labelled {
	NO_SUITABLE_PLACE,
	ILLNESS,
	BEHAVIOUR_OR_SUSPENSION,
	HOME_SITUATION,
	EXEMPTION,
	OTHER;
}
