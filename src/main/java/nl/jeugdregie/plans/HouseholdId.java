package nl.jeugdregie.plans;

import java.util.UUID;

/** Identifies a household (huishouden, gezin): the family a cooperation plan and a case director belong to. */
public record HouseholdId(UUID value) {

	public HouseholdId {
		if (value == null) {
			throw new IllegalArgumentException("A household id is required");
		}
	}

	public static HouseholdId random() {
		return new HouseholdId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
