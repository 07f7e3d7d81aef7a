package nl.jeugdregie.schools.internal.outofschool;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.schools.OutOfSchoolId;
import org.jspecify.annotations.Nullable;

/**
 * One child on the list of children out of school (OND-7). Holds personal data: {@link #toString()} masks it.
 *
 * @param schoolName the school the child is enrolled at, if known
 * @param helpRequest the linked help request, if any: only its id, opened through intake's own access check
 */
public record OutOfSchoolEntry(OutOfSchoolId id, UUID client, String givenName, String familyName,
		LocalDate dateOfBirth, LocalDate since, ReasonCategory reason, @Nullable UUID school,
		@Nullable String schoolName, String nextStep, @Nullable UUID helpRequest, @Nullable LocalDate backAtSchoolOn,
		long version) {

	public boolean open() {
		return backAtSchoolOn == null;
	}

	@Override
	public String toString() {
		return "OutOfSchoolEntry[" + id + "]";
	}
}
