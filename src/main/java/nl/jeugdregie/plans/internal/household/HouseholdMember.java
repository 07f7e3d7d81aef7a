package nl.jeugdregie.plans.internal.household;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person in or around the household: young person, parent, carer or network member. */
public record HouseholdMember(UUID id, String name, @Nullable LocalDate dateOfBirth, MemberRole role,
		@Nullable String relation) {

	@Override
	public String toString() {
		return "HouseholdMember[" + id + ", " + role + "]";
	}
}
