package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The client as a start, stop or allocation names them: BSN, birth date, gender (COD046: 0 unknown, 1 male, 2 female,
 * 9 not specified) and the shortened name (surname with prefix, first names, initials).
 */
public record Client(Bsn bsn, LocalDate birthDate, String gender, String surname, @Nullable String prefix,
		@Nullable String firstNames, @Nullable String initials) {

	public Client {
		if (!gender.matches("[0129]")) {
			throw new IllegalArgumentException("Gender is a COD046 code");
		}
		if (surname.isBlank()) {
			throw new IllegalArgumentException("A client has a surname");
		}
	}

	@Override
	public String toString() {
		return "Client[***]";
	}
}
