package nl.jeugdregie.identity;

import java.util.UUID;

/** Identifies a CJG team. */
public record TeamId(UUID value) {

	public TeamId {
		if (value == null) {
			throw new IllegalArgumentException("A team id is required");
		}
	}

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	public static TeamId of(String value) {
		return new TeamId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
