package nl.jeugdregie.plans;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The first conversation of an adult's individual social work was held (PLAN-8: within 4 weeks for 90 %, within
 * 6 weeks for all). Steering evaluates the provider's norm from these. No personal data.
 */
@DomainEvent
public record SocialWorkFirstConversationHeld(SocialWorkTrajectoryId trajectory, MunicipalityCode municipality,
		LocalDate registeredOn, LocalDate heldOn) {}
