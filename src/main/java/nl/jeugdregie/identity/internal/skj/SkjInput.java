package nl.jeugdregie.identity.internal.skj;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An SKJ registration as the administrator typed it (SEC-1); {@link SkjInputPolicy} judges it. Both empty: none. */
record SkjInput(@Nullable String number, @Nullable LocalDate registeredUntil) {

	SkjInput {
		number = number == null || number.isBlank() ? null : number.strip();
	}

	boolean empty() {
		return number == null && registeredUntil == null;
	}
}
