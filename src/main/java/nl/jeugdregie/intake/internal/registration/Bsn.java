package nl.jeugdregie.intake.internal.registration;

/**
 * A citizen service number (burgerservicenummer): nine digits that pass the eleven-test (elfproef).
 */
public record Bsn(String value) {

	public Bsn {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid BSN");
		}
	}

	/** Nine digits, not all zero, with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. */
	static boolean isValid(String candidate) {
		if (candidate == null || !candidate.matches("\\d{9}") || candidate.equals("000000000")) {
			return false;
		}
		var sum = 0;
		for (var i = 0; i < 8; i++) {
			sum += (9 - i) * Character.getNumericValue(candidate.charAt(i));
		}
		sum -= Character.getNumericValue(candidate.charAt(8));
		return sum % 11 == 0;
	}

	/** Accepts the common written forms (spaces, dots, an eight-digit number missing its leading zero). */
	public static String normalise(String input) {
		var digits = input.replaceAll("[\\s.\\-]", "");
		return digits.length() == 8 ? "0" + digits : digits;
	}

	@Override
	public String toString() {
		return "Bsn[***]";
	}
}
