package nl.jeugdregie.intake;

/** How a help request reached the CJG (TOE-2). */
public enum Channel {
	IN_PERSON("Persoonlijk (balie of inloop)"),
	PHONE("Telefoon"),
	ONLINE_FORM("Online formulier"),
	EMAIL("E-mail"),
	OUTREACH("Via een professional op locatie (school, consultatiebureau)");

	private final String dutchName;

	Channel(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
