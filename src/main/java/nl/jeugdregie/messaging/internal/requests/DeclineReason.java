package nl.jeugdregie.messaging.internal.requests;

import java.util.Optional;
import nl.jeugdregie.platform.text.Labelled;

/** WJ759 RedenAfwijzingVerzoek: why the municipality declines a request (JW319 with VerzoekAntwoord 1). */
public enum DeclineReason implements Labelled {
	NEW_APPLICATION("1"), BUDGET("2"),
	NO_CONTRACT("3"), NOT_IN_CONTRACT("4"),
	OTHER_MUNICIPALITY("5"), STACKING("6"), CARE_CONTENT("7"),
	RESIDENCE("8"), AGE_LIMIT("9");

	private final String code;

	DeclineReason(String code) {
		this.code = code;
	}

	public String code() {
		return code;
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
