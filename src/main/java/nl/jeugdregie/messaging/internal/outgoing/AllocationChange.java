package nl.jeugdregie.messaging.internal.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.AllocationEnded;
import nl.jeugdregie.allocation.AllocationVolumeChanged;
import nl.jeugdregie.allocation.AllocationWithdrawn;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-7: one allocation decision or change a JW301 must tell the provider (OP033x1, IV066), with the key that makes it
 * one outbox entry however often its event is delivered.
 *
 * @param at when the municipality established it (Toewijzingsdatum and -tijd of a change, IV013); null for a decision
 *     (the decision's own moment is used)
 * @param validUntil the new end date (ended; the first day for a withdrawal), else null
 * @param volume the new volume (frequency "total" only), else null
 * @param reason the JZ002 code (13 for a withdrawal), else null
 * @param replacedBy for an allocation ended by a volume change, the number of the one that replaces it; else 0
 */
record AllocationChange(MunicipalityCode municipality, Kind kind, long allocationNumber, String key, @Nullable Instant at,
		@Nullable LocalDate validUntil, @Nullable Integer volume, @Nullable String reason, long replacedBy) {

	enum Kind {
		DECIDED, ENDED, VOLUME_CHANGED, WITHDRAWN
	}

	static AllocationChange of(AllocationDecided e) {
		return new AllocationChange(e.municipality(), Kind.DECIDED, e.allocationNumber(), "DECIDED:" + e.allocationNumber(),
				null, null, null, null, 0);
	}

	static AllocationChange of(AllocationEnded e) {
		return new AllocationChange(e.municipality(), Kind.ENDED, e.allocationNumber(),
				"ENDED:" + e.allocationNumber() + ":" + e.validUntil() + ":" + e.endedAt(), e.endedAt(), e.validUntil(), null,
				e.reason().code(), e.replacedBy());
	}

	static AllocationChange of(AllocationVolumeChanged e) {
		return new AllocationChange(e.municipality(), Kind.VOLUME_CHANGED, e.allocationNumber(),
				"VOLUME:" + e.allocationNumber() + ":" + e.volume() + ":" + e.changedAt(), e.changedAt(), null, e.volume(),
				e.reason().code(), 0);
	}

	static AllocationChange of(AllocationWithdrawn e) {
		return new AllocationChange(e.municipality(), Kind.WITHDRAWN, e.allocationNumber(),
				"WITHDRAWN:" + e.allocationNumber(), e.withdrawnAt(), null, null, ChangeReason.WITHDRAWN_CODE, 0);
	}
}
