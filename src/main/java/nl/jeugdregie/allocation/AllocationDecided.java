package nl.jeugdregie.allocation;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-1: the access team decided an allocation of one product: what iJw's JW301 carries (allocation number unique per
 * municipality, provider AGB code, product category and code, volume, unit, frequency, validity, budget in cents)
 * and what monitoring counts (MON-8, MON-5, MON-6: in kind or PGB, region, bridging care, residential,
 * family-based, an extension). No personal data: the young person is not in it.
 */
@DomainEvent
public record AllocationDecided(MunicipalityCode municipality, long allocationNumber, AgbCode agbCode,
		ProductCategory productCategory, ProductCode productCode, Financing financing, int volume, Unit unit,
		Frequency frequency, LocalDate validFrom, LocalDate validUntil, long budgetCents, boolean inRegion,
		boolean providerDeliversBridgingCare, boolean extension, LocalDate decidedOn) {

	public AllocationDecided {
		if (allocationNumber < 1 || allocationNumber > 999_999_999) {
			throw new IllegalArgumentException("An allocation number has at most nine digits (iJw LDT_Nummer)");
		}
		if (validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("An allocation ends on or after its start");
		}
	}
}
