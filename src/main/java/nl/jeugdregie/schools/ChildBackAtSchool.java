package nl.jeugdregie.schools;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/** A child on the list of children out of school goes to school again (OND-7). No personal data. */
@DomainEvent
public record ChildBackAtSchool(OutOfSchoolId entry, MunicipalityCode municipality, LocalDate since,
		LocalDate backOn) {}
