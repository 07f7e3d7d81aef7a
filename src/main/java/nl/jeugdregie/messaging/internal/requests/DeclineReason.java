package nl.jeugdregie.messaging.internal.requests;

import java.util.Optional;

/** WJ759 RedenAfwijzingVerzoek: why the municipality declines a request (JW319 with VerzoekAntwoord 1). */
public enum DeclineReason {
	NEW_APPLICATION("1", "Geen wijziging, maar nieuwe aanvraag"), BUDGET("2", "Past niet binnen budget"),
	NO_CONTRACT("3", "Geen contract"), NOT_IN_CONTRACT("4", "Past niet binnen contract"),
	OTHER_MUNICIPALITY("5", "Andere gemeente"), STACKING("6", "Stapeling"), CARE_CONTENT("7", "Zorginhoudelijke afkeur"),
	RESIDENCE("8", "Woonplaatsbeginsel"), AGE_LIMIT("9", "Leeftijdsgrens is bereikt");

	private final String code;
	private final String dutchName;

	DeclineReason(String code, String dutchName) {
		this.code = code;
		this.dutchName = dutchName;
	}

	public String code() {
		return code;
	}

	public String dutchName() {
		return dutchName;
	}

	static Optional<DeclineReason> ofCode(String code) {
		for (var reason : values()) {
			if (reason.code.equals(code)) {
				return Optional.of(reason);
			}
		}
		return Optional.empty();
	}
}
