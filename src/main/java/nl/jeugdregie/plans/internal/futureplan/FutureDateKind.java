package nl.jeugdregie.plans.internal.futureplan;

import nl.jeugdregie.platform.text.Labelled;

/** A date around the 18th birthday that a future plan keeps in view (PLAN-4). */
enum FutureDateKind implements Labelled {
	END_OF_YOUTH_CARE,
	START_ADULT_PROVISION,
	APPLICATION_DEADLINE,
	OTHER;
}
