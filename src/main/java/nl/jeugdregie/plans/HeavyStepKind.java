package nl.jeugdregie.plans;

import nl.jeugdregie.platform.text.Labelled;

/** A heavy step in a family's support that the rules of PLAN-6 and PLAN-7 guard. */
public enum HeavyStepKind implements Labelled {
	/** Uithuisplaatsing. */
	OUT_OF_HOME_PLACEMENT,
	/** Verlenging van de ondersteuning. */
	EXTENSION_OF_SUPPORT,
	/** Ondersteuning die langer duurt dan de termijn (Oss: 6 maanden). */
	SUPPORT_LONGER_THAN_TERM;

	/** Whether the step is about a period of support, which the decision then names (from and until). */
	public boolean concernsSupportPeriod() {
		return this != OUT_OF_HOME_PLACEMENT;
	}
}
