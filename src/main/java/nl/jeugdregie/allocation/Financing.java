package nl.jeugdregie.allocation;

/** TOEW-4: care in kind (zorg in natura) or a personal budget (persoonsgebonden budget). */
public enum Financing {

	IN_KIND("Zorg in natura"),
	PGB("Persoonsgebonden budget (pgb)");

	private final String dutchName;

	Financing(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
