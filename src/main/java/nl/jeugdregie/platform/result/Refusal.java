package nl.jeugdregie.platform.result;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule refused: the field it concerns (empty for the whole change), a message code resolved from the
 * message bundles into the Dutch text shown next to the field and in the API's problem document, and the
 * message's arguments.
 */
public record Refusal(String field, String code, List<Object> arguments) {

	public Refusal {
		Objects.requireNonNull(field, "field");
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("A refusal needs a message code");
		}
		arguments = List.copyOf(arguments);
	}

	/** A refusal of one field. */
	public static Refusal of(String field, String code, Object... arguments) {
		return new Refusal(field, code, List.of(arguments));
	}

	/** A refusal of the change as a whole, not of one field. */
	public static Refusal ofWhole(String code, Object... arguments) {
		return new Refusal("", code, List.of(arguments));
	}

	/** Whether the refusal concerns the whole change rather than one field. */
	public boolean concernsWhole() {
		return field.isEmpty();
	}
}
