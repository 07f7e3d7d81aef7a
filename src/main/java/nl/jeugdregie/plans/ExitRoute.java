package nl.jeugdregie.plans;

import nl.jeugdregie.platform.text.Labelled;

/** Where an adult goes when individual social work ends (PLAN-9): the exit route recorded at closure. */
public enum ExitRoute implements Labelled {
	OWN_NETWORK,
	VOLUNTEERS,
	LOW_THRESHOLD_ACTIVITIES,
	COLLECTIVE_SOCIAL_WORK,
	WMO_TAILORED_PROVISION,
	OTHER_SPECIALISED_PROVISION;
}
