package nl.jeugdregie.schools.internal.familycontact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A family contact person (gezinscontactpersoon) with the schools she works on (OND-6). */
public record FamilyContact(UUID id, String name, LocalDate since, List<String> schools) {}
