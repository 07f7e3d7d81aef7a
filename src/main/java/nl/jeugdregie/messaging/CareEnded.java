package nl.jeugdregie.messaging;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-7: an accepted JW307 says the provider stopped delivering an allocation on {@code endedOn} with a JZ588 reason
 * ({@code temporary} for code 20); {@code withdrawn} when a later JW307 deleted that stop. No personal data.
 */
@DomainEvent
public record CareEnded(MunicipalityCode municipality, long allocationNumber, String providerAgb, LocalDate startedOn,
		LocalDate endedOn, String reason, boolean temporary, boolean withdrawn) {}
