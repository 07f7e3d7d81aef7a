package nl.jeugdregie.intake;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.schools.SchoolLocationId;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A help request was registered. Carries no personal data: events are stored and read by monitoring.
 *
 * @param treatmentDeadline the last day on which treatment starts within the TOE-5 norm in force on the
 *     registration date
 * @param ageAtRegistration the young person's age in whole years on the registration date (MON-6: 18+)
 * @param earlierRequest the latest earlier request of the same young person, if any (TOE-12, MON-7 repeats)
 * @param schoolLocation the school location that referred the request, if any (OND-5)
 */
@DomainEvent
public record HelpRequestRegistered(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
		LocalDate registeredOn, LocalDate treatmentDeadline, Channel channel, Referrer referrer, Crisis crisis,
		RequestType type, int ageAtRegistration, @Nullable HelpRequestId earlierRequest,
		@Nullable SchoolLocationId schoolLocation) {

	/** A registration not referred by a school location. */
	public HelpRequestRegistered(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
			LocalDate registeredOn, LocalDate treatmentDeadline, Channel channel, Referrer referrer, Crisis crisis,
			RequestType type, int ageAtRegistration, @Nullable HelpRequestId earlierRequest) {
		this(helpRequest, municipality, team, registeredOn, treatmentDeadline, channel, referrer, crisis, type,
				ageAtRegistration, earlierRequest, null);
	}
}
