package nl.jeugdregie.allocation;

import java.util.Optional;

/**
 * A product's code within its category in the regional product list ({@code LDT_ProductCode}): one to five
 * characters, letters and digits, kept in capitals.
 */
public record ProductCode(String value) {

	public ProductCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("A product code has one to five letters or digits");
		}
	}

	public static boolean isValid(String text) {
		return text != null && text.matches("[A-Z0-9]{1,5}");
	}

	public static Optional<ProductCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var cleaned = text.strip().toUpperCase(java.util.Locale.ROOT);
		return isValid(cleaned) ? Optional.of(new ProductCode(cleaned)) : Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}
