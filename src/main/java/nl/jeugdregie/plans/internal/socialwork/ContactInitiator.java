package nl.jeugdregie.plans.internal.socialwork;

/** Who sought the contact: in "steun en leun" the worker or the resident (PLAN-9). */
enum ContactInitiator {
	WORKER("Sociaal werker"), RESIDENT("Inwoner");

	private final String dutchName;

	ContactInitiator(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
