package nl.jeugdregie.intake.internal.consent;

/** What the young person or parents consent to (TOE-11). */
public enum ConsentPurpose {
	/** The referrer hears what is being done, not only that the request arrived. */
	CONTENT_FEEDBACK_TO_REFERRER("Inhoudelijke terugkoppeling aan de verwijzer");

	private final String dutchName;

	ConsentPurpose(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
