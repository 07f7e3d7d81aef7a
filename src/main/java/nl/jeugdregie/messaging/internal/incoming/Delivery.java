package nl.jeugdregie.messaging.internal.incoming;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A start or stop of care a provider reported earlier and that was not deleted: the state level-3 rules judge against.
 * The client is the BSN's value (the rules compare keys; it never leaves this module).
 */
record Delivery(Kind kind, String bsn, long allocationNumber, LocalDate startDate, @Nullable LocalDate endDate,
		@Nullable String reason) {

	enum Kind {
		START, STOP
	}

	static Delivery start(String bsn, long allocationNumber, LocalDate startDate) {
		return new Delivery(Kind.START, bsn, allocationNumber, startDate, null, null);
	}

	static Delivery stop(String bsn, long allocationNumber, LocalDate startDate, LocalDate endDate, String reason) {
		return new Delivery(Kind.STOP, bsn, allocationNumber, startDate, endDate, reason);
	}

	/** Same client, allocation and start date: a stop belongs to the start with this key. */
	boolean sameStart(String otherBsn, long otherAllocation, LocalDate otherStart) {
		return bsn.equals(otherBsn) && allocationNumber == otherAllocation && startDate.equals(otherStart);
	}

	boolean temporary() {
		return "20".equals(reason);
	}
}
