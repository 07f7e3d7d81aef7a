package nl.jeugdregie.allocation.internal.catalogue;

import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.Unit;

/** TOEW-2: a change of a product's name, unit (WJ756) and frequency on the version the keeper saw; the code stays. */
public record ProductChange(ProductId product, long version, String name, Unit unit, Frequency frequency) {

	public ProductChange {
		if (product == null || unit == null || frequency == null || name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("A product change names the product, a name of 1 to 200 characters, unit and frequency");
		}
	}
}
