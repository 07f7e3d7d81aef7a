package nl.jeugdregie.plans.internal.household;

import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Shared checks for text fields: required or optional, and never longer than the column allows. */
public final class TextInputPolicy {

	private TextInputPolicy() {}

	public static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	public static @Nullable String stripped(@Nullable String value) {
		return present(value) ? value.strip() : null;
	}

	public static void text(List<Refusal> refusals, String field, @Nullable String value, int max, boolean required) {
		if (!present(value)) {
			if (required) {
				refusals.add(Refusal.of(field, "plans." + field + ".required"));
			}
		} else if (value.strip().length() > max) {
			refusals.add(Refusal.of(field, "plans.text.tooLong", max));
		}
	}
}
