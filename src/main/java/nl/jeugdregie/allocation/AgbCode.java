package nl.jeugdregie.allocation;

import java.util.Optional;

/**
 * A provider's or referrer's AGB code (Vektis), as the iJw standard carries it ({@code LDT_AgbCode}): exactly eight
 * digits. AGB codes have no check digit; the check is the form the standard prescribes plus what Vektis never
 * issues: the first two digits name the kind of care provider (zorgsoort) and are never {@code 00}, and the
 * six-digit number after them is never {@code 000000}.
 */
public record AgbCode(String value) {

	public AgbCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("An AGB code has eight digits, a kind of provider and a number");
		}
	}

	/** Whether {@code text} is an AGB code. */
	public static boolean isValid(String text) {
		return text != null && text.matches("\\d{8}") && !text.startsWith("00") && !text.endsWith("000000");
	}

	/** The code in {@code text} (spaces and dots removed), if it is one. */
	public static Optional<AgbCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var cleaned = text.replace(" ", "").replace(".", "").strip();
		return isValid(cleaned) ? Optional.of(new AgbCode(cleaned)) : Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}
