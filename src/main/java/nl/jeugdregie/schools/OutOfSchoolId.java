package nl.jeugdregie.schools;

import java.util.UUID;

/** Identifies one entry on the list of children out of school (OND-7). */
public record OutOfSchoolId(UUID value) {

	public OutOfSchoolId {
		if (value == null) {
			throw new IllegalArgumentException("An out-of-school id is required");
		}
	}

	public static OutOfSchoolId random() {
		return new OutOfSchoolId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
