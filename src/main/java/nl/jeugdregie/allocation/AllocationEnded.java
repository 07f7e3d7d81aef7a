package nl.jeugdregie.allocation;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-1, TOEW-7: an allocation now ends earlier than decided (shortened, ended, or replaced by a new allocation
 * because its volume changed), keeping its number. iJw sends it again as a JW301 with the new end date and the
 * JZ002 reason (OP033x1). No personal data.
 *
 * @param validUntil the new last day of the allocation, not before its first day
 * @param replacedBy the number of the allocation that replaces it when its volume changed (a new ToewijzingNummer), or 0
 */
@DomainEvent
public record AllocationEnded(MunicipalityCode municipality, long allocationNumber, LocalDate validUntil,
		ChangeReason reason, long replacedBy, Instant endedAt) {

	public AllocationEnded {
		if (allocationNumber < 1 || allocationNumber > 999_999_999 || replacedBy < 0 || replacedBy > 999_999_999) {
			throw new IllegalArgumentException("An allocation number has at most nine digits (iJw LDT_Nummer)");
		}
		if (replacedBy == allocationNumber) {
			throw new IllegalArgumentException("An allocation is not replaced by itself");
		}
	}
}
