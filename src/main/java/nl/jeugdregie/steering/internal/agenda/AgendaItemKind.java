package nl.jeugdregie.steering.internal.agenda;

/** Where an agenda item comes from (STU-6): a risk, a norm, a budget deviation or a new assignment request. */
public enum AgendaItemKind {

	RISK("Risico"), NORM("Norm"), BUDGET("Begroting"), REQUEST("Nieuwe opdracht");

	private final String dutchName;

	AgendaItemKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
