package nl.jeugdregie.plans.internal.household;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared checks for text fields: required or optional, and never longer than the column allows. */
public final class InputRules {

	private InputRules() {}

	public static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	public static @Nullable String stripped(@Nullable String value) {
		return present(value) ? value.strip() : null;
	}

	public static void text(List<Violation> violations, String field, @Nullable String value, int max, boolean required) {
		if (!present(value)) {
			if (required) {
				violations.add(new Violation(field, "plans." + field + ".required"));
			}
		} else if (value.strip().length() > max) {
			violations.add(new Violation(field, "plans.text.tooLong", max));
		}
	}
}
