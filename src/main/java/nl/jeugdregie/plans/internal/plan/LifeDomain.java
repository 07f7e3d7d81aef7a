package nl.jeugdregie.plans.internal.plan;

/** Leefgebied: the areas of life a goal in the cooperation plan belongs to (PLAN-2, "brede blik"). */
public enum LifeDomain {
	PARENTING_AND_FAMILY("Opvoeding en gezin"),
	EDUCATION_AND_WORK("Onderwijs en werk"),
	HEALTH("Gezondheid"),
	HOUSING("Wonen"),
	FINANCES("Financiën"),
	LEISURE_AND_NETWORK("Vrije tijd en netwerk"),
	SAFETY("Veiligheid"),
	DAILY_LIVING("Dagelijks leven en zelfredzaamheid"),
	JUSTICE("Justitie");

	private final String dutchName;

	LifeDomain(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
