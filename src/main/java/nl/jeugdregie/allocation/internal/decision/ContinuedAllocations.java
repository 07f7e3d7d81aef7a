package nl.jeugdregie.allocation.internal.decision;

import java.util.List;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/**
 * MON-5 (outflow): which of the young person's earlier allocations a new allocation continues. It continues one when
 * it starts after that one's first day and no later than the day after its last day, and runs on past that last day:
 * care goes on without a gap, whatever the product. An earlier allocation that no allocation continues is outflow
 * when it ends; support moved to the CJG (TOEW-8) does not continue it, as it leaves specialised care.
 */
final class ContinuedAllocations {

	/** An earlier allocation of the same young person: its number and period. */
	record Earlier(long number, ValidityPeriod period) {}

	private ContinuedAllocations() {}

	static List<Long> by(ValidityPeriod next, List<Earlier> earlier) {
		return earlier.stream()
				.filter(e -> e.period().until() != null && next.until() != null)
				.filter(e -> next.from().isAfter(e.period().from())
						&& !next.from().isAfter(e.period().until().plusDays(1))
						&& next.until().isAfter(e.period().until()))
				.map(Earlier::number)
				.sorted()
				.toList();
	}
}
