package nl.jeugdregie.schools;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/** A child was put on the list of children out of school (OND-7). No personal data: monitoring counts it. */
@DomainEvent
public record ChildOutOfSchoolRecorded(OutOfSchoolId entry, MunicipalityCode municipality, LocalDate since) {}
