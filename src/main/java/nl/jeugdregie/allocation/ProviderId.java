package nl.jeugdregie.allocation;

import java.util.UUID;

/** Identifies a provider of the allocation module. */
public record ProviderId(UUID value) {

	public ProviderId {
		if (value == null) {
			throw new IllegalArgumentException("A provider id is required");
		}
	}

	public static ProviderId random() {
		return new ProviderId(UUID.randomUUID());
	}

	public static ProviderId of(String value) {
		return new ProviderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
