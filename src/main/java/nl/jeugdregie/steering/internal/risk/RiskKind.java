package nl.jeugdregie.steering.internal.risk;

/** What a row of the risk register describes (STU-3). */
public enum RiskKind {

	RISK("Risico"), OPPORTUNITY("Kans"), PRECONDITION("Randvoorwaarde");

	private final String dutchName;

	RiskKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
