package nl.jeugdregie.plans.internal.socialwork;

/** A contact in an adult's social work trajectory. */
enum ContactKind {
	/** A conversation of the question clarification (vraagverheldering), at most two (PLAN-8). */
	CLARIFICATION("Gesprek vraagverheldering"),
	CONTACT("Contact"),
	/** The evaluation, due at the latest one month before the trajectory's end (PLAN-8). */
	EVALUATION("Evaluatie");

	private final String dutchName;

	ContactKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
