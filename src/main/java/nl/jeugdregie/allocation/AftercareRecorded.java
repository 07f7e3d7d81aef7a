package nl.jeugdregie.allocation;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * MON-5: the decision about aftercare after the specialised care of an allocation ended was recorded or changed. The
 * latest version wins. No personal data: the other party's name stays in allocation.
 *
 * @param from the first day of the aftercare; {@code null} when none is needed
 * @param careEndedOn the allocation's last day when the decision was recorded
 * @param version the decision's version, 1 for the first; a later version replaces an earlier one
 */
@DomainEvent
public record AftercareRecorded(MunicipalityCode municipality, long allocationNumber, AftercareKind kind,
		@Nullable LocalDate from, LocalDate careEndedOn, long version, Instant recordedAt) {

	public AftercareRecorded {
		if (allocationNumber < 1 || allocationNumber > 999_999_999 || version < 1) {
			throw new IllegalArgumentException("An allocation number has at most nine digits and a version starts at 1");
		}
		if (municipality == null || kind == null || careEndedOn == null || recordedAt == null
				|| kind.hasStart() != (from != null)) {
			throw new IllegalArgumentException("Aftercare names its kind, the care's last day and a start unless none is needed");
		}
	}
}
