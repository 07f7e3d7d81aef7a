package nl.jeugdregie.intake;

/** Why a help request was closed (its end reason). */
public enum ClosureReason {
	SOLVED_BY_CJG("Afgerond door het CJG"),
	HANDED_TO_SOCIAL_TEAM("Overgedragen aan het sociaal team"),
	REFERRED_TO_PRECEDING_FIELD("Verwezen naar het voorliggend veld"),
	NO_CARE_NEEDED("Geen geïndiceerde jeugdhulp nodig"),
	SPECIALISED_CARE_STARTED("Toegeleid naar specialistische jeugdhulp"),
	WITHDRAWN("Teruggetrokken door jeugdige of ouders"),
	MOVED_AWAY("Verhuisd naar een andere gemeente"),
	OTHER("Andere reden");

	private final String dutchName;

	ClosureReason(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	/** The end reason of a triage outcome that closes the request. */
	public static ClosureReason of(TriageOutcome outcome) {
		return switch (outcome) {
			case SOCIAL_TEAM -> HANDED_TO_SOCIAL_TEAM;
			case PRECEDING_FIELD -> REFERRED_TO_PRECEDING_FIELD;
			case NO_CARE_NEEDED -> NO_CARE_NEEDED;
			case CJG_TREATMENT, SPECIALISED_CARE -> throw new IllegalArgumentException(outcome + " keeps the request open");
		};
	}

	/** End reasons a professional chooses when closing by hand; the others follow from triage or an application. */
	public boolean chosenByHand() {
		return this == SOLVED_BY_CJG || this == SPECIALISED_CARE_STARTED || this == WITHDRAWN || this == MOVED_AWAY
				|| this == OTHER;
	}
}
