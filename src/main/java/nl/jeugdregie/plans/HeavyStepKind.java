package nl.jeugdregie.plans;

/** A heavy step in a family's support that the rules of PLAN-6 and PLAN-7 guard. */
public enum HeavyStepKind {
	/** Uithuisplaatsing. */
	OUT_OF_HOME_PLACEMENT("Uithuisplaatsing"),
	/** Verlenging van de ondersteuning. */
	EXTENSION_OF_SUPPORT("Verlenging van de ondersteuning"),
	/** Ondersteuning die langer duurt dan de termijn (Oss: 6 maanden). */
	SUPPORT_LONGER_THAN_TERM("Ondersteuning langer dan de termijn");

	private final String dutchName;

	HeavyStepKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	/** Whether the step is about a period of support, which the decision then names (from and until). */
	public boolean concernsSupportPeriod() {
		return this != OUT_OF_HOME_PLACEMENT;
	}
}
