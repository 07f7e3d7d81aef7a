package nl.jeugdregie.intake.internal.safety;

/** TOE-14: the decision of meldcode step 5. */
public enum SafetyDecision {
	ORGANISE_HELP("Hulp organiseren"),
	REPORT("Melden bij Veilig Thuis"),
	ORGANISE_HELP_AND_REPORT("Hulp organiseren én melden bij Veilig Thuis");

	private final String dutchName;

	SafetyDecision(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
