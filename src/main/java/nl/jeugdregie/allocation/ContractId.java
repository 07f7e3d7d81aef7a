package nl.jeugdregie.allocation;

import java.util.UUID;

/** Identifies a contract of the allocation module. */
public record ContractId(UUID value) {

	public ContractId {
		if (value == null) {
			throw new IllegalArgumentException("A contract id is required");
		}
	}

	public static ContractId random() {
		return new ContractId(UUID.randomUUID());
	}

	public static ContractId of(String value) {
		return new ContractId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
