package nl.jeugdregie.audit.internal.overview;

import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.audit.ClientReference;
import org.jspecify.annotations.Nullable;

/**
 * What the privacy officer typed to find a client: a BSN (with or without spaces and dots, eight digits missing
 * their leading zero) or a file number such as HV-0828-2026-000123 (any case). {@link #reference()} is empty when
 * it is neither; {@link ReferenceIsBsnOrFileNumber} refuses it then.
 */
record ReferenceInput(String text) {

	ReferenceInput {
		text = text == null ? "" : text.strip();
	}

	static ReferenceInput of(@Nullable String text) {
		return new ReferenceInput(text == null ? "" : text);
	}

	Optional<ClientReference> reference() {
		var digits = text.replaceAll("[\\s.]", "");
		if (digits.matches("\\d{8,9}")) {
			try {
				return Optional.of(new ClientReference.Bsn(digits.length() == 8 ? "0" + digits : digits));
			}
			catch (IllegalArgumentException notABsn) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(new ClientReference.CaseNumber(text.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException notANumber) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return "ReferenceInput[***]";
	}
}
