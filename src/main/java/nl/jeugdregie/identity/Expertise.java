package nl.jeugdregie.identity;

/** The expertises a CJG team holds among its professionals (TOE-13). */
public enum Expertise {
	PARENTING_SUPPORT("Opvoed- en opgroeiondersteuning"),
	PREVENTIVE_YOUTH_HEALTH("Preventieve jeugdgezondheidszorg"),
	DISABILITIES("Jeugdigen met een beperking"),
	YOUTH_PSYCHOLOGY("Jeugdpsychologie"),
	BEHAVIOURAL_EXPERTISE("Gedragswetenschappelijke expertise"),
	SAFETY("Veiligheid");

	private final String dutchName;

	Expertise(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
