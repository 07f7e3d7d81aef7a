package nl.jeugdregie.identity.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator's change to a municipality, team or user saved (issue 14), the value of a done
 * {@code Outcome<Saved>}: the id and new version of what was changed, the confirmation as a message code with its
 * arguments (Dutch text in {@code messages.properties}), and {@code oneTimePassword} only when an account got a new
 * one-time password: it is shown once and never stored in plain text.
 */
public record Saved(String id, long version, String confirmation, List<Object> arguments,
		@Nullable String oneTimePassword) {

	public Saved {
		Objects.requireNonNull(id, "id");
		if (confirmation.isBlank()) {
			throw new IllegalArgumentException("A saved change names the message code of its confirmation");
		}
		arguments = List.copyOf(arguments);
	}

	/** Saved, confirmed with the text of {@code confirmation} and its arguments. */
	public static Saved of(String id, long version, String confirmation, Object... arguments) {
		return new Saved(id, version, confirmation, List.of(arguments), null);
	}

	/** The same, with the new one-time password to show once. */
	public Saved withOneTimePassword(String password) {
		return new Saved(id, version, confirmation, arguments, password);
	}

	@Override
	public String toString() {
		return "Saved[id=" + id + ", version=" + version + ", confirmation=" + confirmation + "]";
	}
}
