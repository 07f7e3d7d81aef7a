package nl.jeugdregie.findability.internal.information;

/** VIND-1: who a page is written for; young people have their own section in their own tone. */
public enum Audience {
	EVERYONE("Ouders en opvoeders"), YOUNG_PEOPLE("Jongeren");

	private final String dutchName;

	Audience(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
