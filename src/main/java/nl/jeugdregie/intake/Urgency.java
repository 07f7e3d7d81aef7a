package nl.jeugdregie.intake;

/** How urgent triage judges a request (TOE-4). */
public enum Urgency {
	LOW("Laag"), NORMAL("Normaal"), HIGH("Hoog");

	private final String dutchName;

	Urgency(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
