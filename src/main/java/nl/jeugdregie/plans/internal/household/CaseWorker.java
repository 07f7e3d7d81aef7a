package nl.jeugdregie.plans.internal.household;

/** A case worker of the municipality who can be a household's case director. */
record CaseWorker(String username, String displayName, String team) {

	public String label() {
		return displayName + " (" + team + ")";
	}
}
