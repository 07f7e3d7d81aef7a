package nl.jeugdregie.audit;

import java.util.UUID;

/**
 * Identifies a client (the young person a file is about) in the audit trail, without naming them.
 */
public record ClientId(UUID value) {

	public ClientId {
		if (value == null) {
			throw new IllegalArgumentException("A client id is required");
		}
	}

	public static ClientId random() {
		return new ClientId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
