package nl.jeugdregie.schools.internal.presence;

/** How an OCP was in contact with a location (OND-2). */
public enum ContactKind {
	ON_SITE("Op locatie"),
	ZAT_MEETING("ZAT-overleg"),
	PHONE("Telefonisch");

	private final String dutchName;

	ContactKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
