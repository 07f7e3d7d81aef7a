package nl.jeugdregie.schools;

import java.util.UUID;

/** Identifies a school or childcare location. */
public record SchoolLocationId(UUID value) {

	public SchoolLocationId {
		if (value == null) {
			throw new IllegalArgumentException("A school location id is required");
		}
	}

	public static SchoolLocationId random() {
		return new SchoolLocationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
