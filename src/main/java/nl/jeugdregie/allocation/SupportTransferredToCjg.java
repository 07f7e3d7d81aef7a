package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-8: on an extension, support of a product category within the CJG's scope moved to the CJG instead of a
 * specialised provider (no allocation, no JW301). Monitoring counts it as a step from heavy to light help (MON-5,
 * MON-6). No personal data.
 *
 * @param transfer the transfer's own id (the arrangement line it came from), so monitoring counts a redelivered event
 *        once and keys it for disclosure control
 */
@DomainEvent
public record SupportTransferredToCjg(UUID transfer, MunicipalityCode municipality, ProductCategory productCategory,
		LocalDate validFrom, LocalDate validUntil, LocalDate decidedOn) {

	public SupportTransferredToCjg {
		if (transfer == null) {
			throw new IllegalArgumentException("A transfer has an id");
		}
		if (validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("Support ends on or after its start");
		}
	}
}
