package nl.jeugdregie.allocation.internal.change;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ChangeReason;

/** TOEW-1, TOEW-7: end an allocation on an earlier day, for a JZ002 reason; it keeps its number. */
record EndEarly(long number, LocalDate validUntil, ChangeReason reason) {

	EndEarly {
		if (number < 1 || number > 999_999_999 || validUntil == null || reason == null) {
			throw new IllegalArgumentException("An end names an allocation number, a last day and a reason");
		}
	}
}
