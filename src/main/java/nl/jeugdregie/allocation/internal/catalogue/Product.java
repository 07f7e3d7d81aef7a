package nl.jeugdregie.allocation.internal.catalogue;

import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.Unit;

/**
 * A product of the regional list (TOEW-2): a building block of an arrangement, in the iJw's terms. Its name, unit and
 * frequency can change on its {@code version}; its category and code never.
 */
public record Product(ProductId id, ProductCategory category, ProductCode code, String name, Unit unit,
		Frequency frequency, long version) {

	/** A product as first added (version 0). */
	public Product(ProductId id, ProductCategory category, ProductCode code, String name, Unit unit, Frequency frequency) {
		this(id, category, code, name, unit, frequency, 0);
	}

	/** "45 · 45A01 Ambulante begeleiding" as lists show it. */
	public String label() {
		return category.code() + " · " + code.value() + " " + name;
	}
}
