package nl.jeugdregie.intake.internal.safety;

/** TOE-14: what the CJG did to protect the young person, each recorded with its date and outcome. */
public enum SafetyActionKind {
	VEILIG_THUIS_REPORT("Melding bij Veilig Thuis"),
	PROTECTION_TABLE("Inbreng bij de beschermingstafel"),
	CHILD_PROTECTION_INVESTIGATION("Verzoek tot onderzoek bij de Raad voor de Kinderbescherming");

	private final String dutchName;

	SafetyActionKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
