package nl.jeugdregie.intake.internal.consent;

/** What the referrer is told (TOE-11). */
public enum FeedbackKind {
	/** Only that the request arrived; always allowed. */
	ACKNOWLEDGEMENT("Ontvangstbevestiging"),
	/** What is being done; only with consent. */
	CONTENT("Inhoudelijke terugkoppeling");

	private final String dutchName;

	FeedbackKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
