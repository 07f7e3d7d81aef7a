package nl.jeugdregie.intake;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A help request was registered. Carries no personal data: events are stored and read by monitoring.
 *
 * @param treatmentDeadline the last day on which treatment starts within the TOE-5 norm in force on the
 *     registration date
 */
@DomainEvent
public record HelpRequestRegistered(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
		LocalDate registeredOn, LocalDate treatmentDeadline, Channel channel, Referrer referrer, Crisis crisis,
		RequestType type) {}
