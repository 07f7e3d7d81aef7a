package nl.jeugdregie.messaging.internal.message;

import org.jspecify.annotations.Nullable;

/** A product as iJw names it ({@code CDT_Product}): category (JZ020, two characters) and optionally its code. */
public record Product(String category, @Nullable String code) {

	public Product {
		if (!category.matches("[0-9A-Z]{2}")) {
			throw new IllegalArgumentException("A product category has two characters");
		}
		if (code != null && !code.matches("[0-9A-Z]{5}")) {
			throw new IllegalArgumentException("A product code has five characters");
		}
	}
}
