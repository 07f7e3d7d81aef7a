package nl.jeugdregie.allocation.internal.catalogue;

import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.Unit;

/** The command to add a product to the regional list. */
public record NewProduct(ProductCategory category, ProductCode code, String name, Unit unit, Frequency frequency) {

	public NewProduct {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new IllegalArgumentException("A product has a name of 1-200 characters");
		}
	}

	boolean sameAs(Product product) {
		return product.category() == category && product.code().equals(code) && product.name().equals(name)
				&& product.unit() == unit && product.frequency() == frequency;
	}
}
