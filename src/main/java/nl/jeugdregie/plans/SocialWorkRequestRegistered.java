package nl.jeugdregie.plans;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/** An adult asked for individual social work (PLAN-8); the first-conversation clock starts. No personal data. */
@DomainEvent
public record SocialWorkRequestRegistered(SocialWorkTrajectoryId trajectory, MunicipalityCode municipality,
		LocalDate registeredOn) {}
