package nl.jeugdregie.allocation;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-8: on an extension, support of a product category within the CJG's scope moved to the CJG instead of a
 * specialised provider (no allocation, no JW301). Monitoring may count it as a step from heavy to light help (MON-6).
 * No personal data.
 */
@DomainEvent
public record SupportTransferredToCjg(MunicipalityCode municipality, ProductCategory productCategory, LocalDate validFrom,
		LocalDate validUntil, LocalDate decidedOn) {

	public SupportTransferredToCjg {
		if (validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("Support ends on or after its start");
		}
	}
}
