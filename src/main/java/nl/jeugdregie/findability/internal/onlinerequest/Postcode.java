package nl.jeugdregie.findability.internal.onlinerequest;

/** A Dutch postcode, four digits (not starting with 0) and two letters; the digits decide the district. */
record Postcode(String value) {

	static final String PATTERN = "[1-9][0-9]{3} ?[A-Za-z]{2}";

	Postcode {
		if (!value.matches(PATTERN)) {
			throw new IllegalArgumentException("Not a Dutch postcode");
		}
		value = value.substring(0, 4) + " " + value.substring(value.length() - 2).toUpperCase(java.util.Locale.ROOT);
	}

	static boolean isValid(String text) {
		return text.strip().matches(PATTERN);
	}

	int area() {
		return Integer.parseInt(value.substring(0, 4));
	}

	@Override
	public String toString() {
		return "Postcode[" + area() + "]";
	}
}
