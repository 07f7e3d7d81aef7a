package nl.jeugdregie.schools.internal.outofschool;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child out of school as typed (OND-7); the linked help request is optional. */
public record OutOfSchoolDraft(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
		@Nullable LocalDate since, @Nullable ReasonCategory reason, @Nullable UUID school, @Nullable String nextStep,
		@Nullable UUID helpRequest) {

	@Override
	public String toString() {
		return "OutOfSchoolDraft[personal data masked]";
	}
}
