package nl.jeugdregie.allocation.internal.aftercare;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * MON-5: what aftercare needs of an allocation: where its file is (the arrangement), its last day and whether its care
 * has ended: not withdrawn (never sent), not replaced (the care continues under the new number), and its last day
 * before today or ended early.
 */
public record EndedCare(UUID id, MunicipalityCode municipality, long number, ArrangementId arrangement,
		@Nullable ClientId youngPerson, String productLabel, String providerName, LocalDate lastDay, boolean withdrawn,
		@Nullable Long replacedBy, boolean endedEarly) {

	/** Whether the care has ended on {@code today}, so aftercare can be recorded. */
	public boolean endedOn(LocalDate today) {
		return !withdrawn && replacedBy == null && (lastDay.isBefore(today) || endedEarly);
	}
}
