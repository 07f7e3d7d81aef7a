package nl.jeugdregie.messaging.internal.message;

/**
 * A citizen service number as iJw carries it ({@code LDT_BurgerServicenummer}): nine digits passing the eleven-test
 * ({@code ../shared/ijw/elfproef.md}). Its {@link #toString()} hides it, so it never ends up in a log.
 */
public record Bsn(String value) {

	public Bsn {
		if (!isValid(value)) {
			throw new IllegalArgumentException("A BSN has nine digits and passes the eleven-test");
		}
	}

	/** Nine digits with (9·d1 + 8·d2 + … + 2·d8 − 1·d9) mod 11 = 0. */
	public static boolean isValid(String text) {
		if (text == null || !text.matches("\\d{9}")) {
			return false;
		}
		var sum = 0;
		for (var i = 0; i < 8; i++) {
			sum += (9 - i) * (text.charAt(i) - '0');
		}
		sum -= text.charAt(8) - '0';
		return sum % 11 == 0;
	}

	@Override
	public String toString() {
		return "Bsn[***]";
	}
}
