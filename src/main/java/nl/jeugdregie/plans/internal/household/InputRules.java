package nl.jeugdregie.plans.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared checks for text fields: required or optional, and never longer than the column allows. */
final class InputRules {

	private InputRules() {}

	static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	static @Nullable String stripped(@Nullable String value) {
		return present(value) ? value.strip() : null;
	}

	static void text(List<Violation> violations, String field, @Nullable String value, int max, boolean required) {
		if (!present(value)) {
			if (required) {
				violations.add(new Violation(field, "plans." + field + ".required"));
			}
		} else if (value.strip().length() > max) {
			violations.add(new Violation(field, "plans.text.tooLong", max));
		}
	}
}
