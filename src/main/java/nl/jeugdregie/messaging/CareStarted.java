package nl.jeugdregie.messaging;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-7: an accepted JW305 says the provider started delivering an allocation on {@code startedOn}; {@code withdrawn}
 * when a later JW305 deleted that start (StatusAanlevering 3). No personal data.
 */
@DomainEvent
public record CareStarted(MunicipalityCode municipality, long allocationNumber, String providerAgb, LocalDate startedOn,
		boolean withdrawn) {}
