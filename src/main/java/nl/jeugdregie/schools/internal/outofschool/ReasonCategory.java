package nl.jeugdregie.schools.internal.outofschool;

/** Why a child does not go to school, in categories for counting (OND-7). */
public enum ReasonCategory {
	NO_SUITABLE_PLACE("Geen passende onderwijsplek"),
	ILLNESS("Ziekte of psychische klachten"),
	BEHAVIOUR_OR_SUSPENSION("Gedrag of schorsing"),
	HOME_SITUATION("Thuissituatie"),
	EXEMPTION("Vrijstelling van de leerplicht"),
	OTHER("Anders");

	private final String dutchName;

	ReasonCategory(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
