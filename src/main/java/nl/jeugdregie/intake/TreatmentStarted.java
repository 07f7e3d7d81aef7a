package nl.jeugdregie.intake;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jmolecules.event.annotation.DomainEvent;

/** The first conversation took place: the request is in treatment by the CJG ("in behandeling"). */
@DomainEvent
public record TreatmentStarted(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
		LocalDate registeredOn, LocalDate treatmentDeadline, LocalDate startedOn) {}
