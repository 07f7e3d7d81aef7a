package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-1: the access team decided an allocation of one product: what iJw's JW301 carries (allocation number unique per
 * municipality, provider AGB code, product category and code, volume, unit, frequency, validity, budget in cents)
 * and what monitoring counts (MON-8, MON-5, MON-6: in kind or PGB, region, bridging care, residential,
 * family-based, an extension, where it stands against the 18th birthday, and which earlier allocations of the same
 * young person it continues, so an allocation that ends without one continuing it counts as outflow). No personal
 * data: the young person is not in it.
 *
 * @param adulthood MON-5: whether the young person is 18 or older at the start or turns 18 during the allocation
 * @param continuedAllocations MON-5: the numbers of the young person's earlier allocations this one continues (it
 *        starts no later than the day after their end and ends after them)
 */
@DomainEvent
public record AllocationDecided(MunicipalityCode municipality, long allocationNumber, AgbCode agbCode,
		ProductCategory productCategory, ProductCode productCode, Financing financing, int volume, Unit unit,
		Frequency frequency, LocalDate validFrom, LocalDate validUntil, long budgetCents, boolean inRegion,
		boolean providerDeliversBridgingCare, boolean extension, LocalDate decidedOn, Adulthood adulthood,
		List<Long> continuedAllocations) {

	public AllocationDecided {
		if (allocationNumber < 1 || allocationNumber > 999_999_999) {
			throw new IllegalArgumentException("An allocation number has at most nine digits (iJw LDT_Nummer)");
		}
		if (validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("An allocation ends on or after its start");
		}
		if (adulthood == null) {
			throw new IllegalArgumentException("An allocation's adulthood band is known or UNKNOWN");
		}
		continuedAllocations = List.copyOf(continuedAllocations);
		if (continuedAllocations.contains(allocationNumber)) {
			throw new IllegalArgumentException("An allocation does not continue itself");
		}
	}

	/** An allocation without a known age that continues no earlier one. */
	public AllocationDecided(MunicipalityCode municipality, long allocationNumber, AgbCode agbCode,
			ProductCategory productCategory, ProductCode productCode, Financing financing, int volume, Unit unit,
			Frequency frequency, LocalDate validFrom, LocalDate validUntil, long budgetCents, boolean inRegion,
			boolean providerDeliversBridgingCare, boolean extension, LocalDate decidedOn) {
		this(municipality, allocationNumber, agbCode, productCategory, productCode, financing, volume, unit, frequency,
				validFrom, validUntil, budgetCents, inRegion, providerDeliversBridgingCare, extension, decidedOn,
				Adulthood.UNKNOWN, List.of());
	}
}
