package nl.jeugdregie.plans.internal.futureplan;

/** The life domains of a future plan 18-/18+ (PLAN-4): where the transition to adulthood needs arranging. */
enum FutureDomain {
	EDUCATION("Onderwijs"),
	HOUSING("Wonen"),
	CARE("Zorg en ondersteuning"),
	WORK_AND_INCOME("Werk en inkomen"),
	FINANCES("Financiën"),
	SOCIAL_NETWORK("Sociaal netwerk"),
	LEISURE("Vrije tijd"),
	JUSTICE("Justitie");

	private final String dutchName;

	FutureDomain(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
