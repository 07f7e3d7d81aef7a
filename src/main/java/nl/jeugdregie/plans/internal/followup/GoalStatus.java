package nl.jeugdregie.plans.internal.followup;

/** Where a goal stands at a progress measurement (PLAN-5). */
enum GoalStatus {
	NOT_STARTED("Nog niet begonnen"),
	ON_TRACK("Gaat goed"),
	REALISED("Bereikt"),
	NOT_REALISED("Niet bereikt"),
	STOPPED("Gestopt");

	private final String dutchName;

	GoalStatus(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
