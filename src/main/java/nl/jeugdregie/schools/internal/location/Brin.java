package nl.jeugdregie.schools.internal.location;

/**
 * A location's code in DUO's registers: the institution's BRIN (2 digits and 2 capital letters, e.g. {@code 12AB})
 * and the location number (2 digits, {@code 00} for the main location).
 */
public record Brin(String institution, String locationNumber) {

	public Brin {
		if (!validInstitution(institution) || !validLocationNumber(locationNumber)) {
			throw new IllegalArgumentException("A BRIN has 2 digits and 2 letters, a location number 2 digits");
		}
	}

	public static boolean validInstitution(String value) {
		return value != null && value.matches("\\d{2}[A-Z]{2}");
	}

	public static boolean validLocationNumber(String value) {
		return value != null && value.matches("\\d{2}");
	}

	/** Both together, as DUO writes a location code: {@code 12AB00}. */
	public String code() {
		return institution + locationNumber;
	}

	@Override
	public String toString() {
		return code();
	}
}
