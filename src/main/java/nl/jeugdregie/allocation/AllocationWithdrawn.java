package nl.jeugdregie.allocation;

import java.time.Instant;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-7: an allocation was sent in error and is withdrawn as if never sent (iJw: the JW301 class deleted with
 * StatusAanlevering 3; JZ002 13). Refused while the allocation has approved declarations (TR385). No personal data.
 */
@DomainEvent
public record AllocationWithdrawn(MunicipalityCode municipality, long allocationNumber, Instant withdrawnAt) {}
