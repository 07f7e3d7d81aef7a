package nl.jeugdregie.platform.api;

import org.jspecify.annotations.Nullable;

/**
 * The version a client names in {@code If-Match} (ADR 0023), read the same way by every API controller: {@code "3"},
 * the weak {@code W/"3"} and a bare {@code 3} all name version 3. What a missing or unreadable header means (create,
 * refuse, or stale) stays with the controller, because that differs per resource.
 */
public final class IfMatch {

	private IfMatch() {}

	/** The version named, or null when the header is absent, blank or not a whole number. */
	public static @Nullable Long version(@Nullable String header) {
		if (absent(header)) {
			return null;
		}
		var value = header.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException notAVersion) {
			return null;
		}
	}

	/** Whether the client named no version at all. */
	public static boolean absent(@Nullable String header) {
		return header == null || header.isBlank();
	}
}
