package nl.jeugdregie.plans.internal.household;

import nl.jeugdregie.platform.text.Labelled;

/** The part a person plays in a household. */
public enum MemberRole implements Labelled {
	YOUNG_PERSON, PARENT, CARER, NETWORK_MEMBER;
}
