package nl.jeugdregie.steering.internal.financing;

/** What a financing line pays for. */
public enum FinancingCategory {

	STAFF("Formatie"), ACTIVITY_BUDGET("Activiteitenbudget"), HOUSING("Huisvesting"), OTHER("Overig");

	private final String dutchName;

	FinancingCategory(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
