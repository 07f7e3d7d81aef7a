package nl.jeugdregie.plans;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * An adult's individual social work trajectory ended with its exit route (PLAN-9); steering counts Wmo referrals
 * after closure per quarter from these. No personal data.
 */
@DomainEvent
public record SocialWorkTrajectoryClosed(SocialWorkTrajectoryId trajectory, MunicipalityCode municipality,
		LocalDate closedOn, ExitRoute exitRoute) {}
