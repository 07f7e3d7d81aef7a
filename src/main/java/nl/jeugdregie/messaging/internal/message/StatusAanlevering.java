package nl.jeugdregie.messaging.internal.message;

import java.util.Arrays;
import java.util.Optional;

/** COD467: whether a class is a new submission or deletes an earlier one. Value 2 (change) is never used in iJw 3.2. */
public enum StatusAanlevering {
	NEW("1"), CHANGE("2"), DELETE("3");

	private final String code;

	StatusAanlevering(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<StatusAanlevering> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}
}
