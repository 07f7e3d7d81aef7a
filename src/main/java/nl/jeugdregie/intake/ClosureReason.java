package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/** Why a help request was closed (its end reason). */
public enum ClosureReason implements Labelled {
	SOLVED_BY_CJG,
	HANDED_TO_SOCIAL_TEAM,
	REFERRED_TO_PRECEDING_FIELD,
	NO_CARE_NEEDED,
	SPECIALISED_CARE_STARTED,
	WITHDRAWN,
	MOVED_AWAY,
	OTHER;

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
