package nl.jeugdregie.schools.internal.familycontact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A family contact person as typed: who, from when, on which schools (OND-6). */
public record FamilyContactDraft(@Nullable String name, @Nullable LocalDate since, List<UUID> schools) {

	public FamilyContactDraft {
		schools = schools == null ? List.of() : List.copyOf(schools);
	}
}
