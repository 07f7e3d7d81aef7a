package nl.jeugdregie.allocation.internal.arrangement;

import java.util.UUID;

/** Identifies an arrangement. */
public record ArrangementId(UUID value) {

	public ArrangementId {
		if (value == null) {
			throw new IllegalArgumentException("An arrangement id is required");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
