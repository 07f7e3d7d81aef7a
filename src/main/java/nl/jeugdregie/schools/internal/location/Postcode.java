package nl.jeugdregie.schools.internal.location;

/** A Dutch postcode, stored without space: four digits (not starting with 0) and two capital letters. */
public record Postcode(String value) {

	public Postcode {
		if (value == null || !value.matches("[1-9]\\d{3}[A-Z]{2}")) {
			throw new IllegalArgumentException("A postcode has four digits and two letters");
		}
	}

	/** The typed text as a postcode value (upper case, without space), or the text itself when it cannot be one. */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}

	public static boolean valid(String typed) {
		return normalise(typed).matches("[1-9]\\d{3}[A-Z]{2}");
	}

	/** As written on a letter: {@code 5341 AB}. */
	public String written() {
		return value.substring(0, 4) + " " + value.substring(4);
	}
}
