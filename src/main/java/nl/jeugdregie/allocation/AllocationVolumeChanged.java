package nl.jeugdregie.allocation;

import java.time.Instant;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-1, TOEW-7: the volume of an allocation with frequency {@link Frequency#TOTAL} ("totaal binnen
 * geldigheidsduur toewijzing") changed. Only for that frequency iJw keeps the ToewijzingNummer on a volume change;
 * every other volume change ends the allocation ({@link AllocationEnded}) and decides a new one. No personal data.
 */
@DomainEvent
public record AllocationVolumeChanged(MunicipalityCode municipality, long allocationNumber, int volume,
		long budgetCents, ChangeReason reason, Instant changedAt) {

	public AllocationVolumeChanged {
		if (volume < 0 || volume > 99_999_999) {
			throw new IllegalArgumentException("A volume has at most eight digits");
		}
	}
}
