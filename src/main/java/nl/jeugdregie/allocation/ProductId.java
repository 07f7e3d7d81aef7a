package nl.jeugdregie.allocation;

import java.util.UUID;

/** Identifies a product of the allocation module. */
public record ProductId(UUID value) {

	public ProductId {
		if (value == null) {
			throw new IllegalArgumentException("A product id is required");
		}
	}

	public static ProductId random() {
		return new ProductId(UUID.randomUUID());
	}

	public static ProductId of(String value) {
		return new ProductId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
