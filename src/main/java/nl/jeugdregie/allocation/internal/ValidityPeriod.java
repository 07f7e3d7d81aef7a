package nl.jeugdregie.allocation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A period from a first day to a last day, both inclusive; without a last day it runs on. Contracts, tariffs and
 * (in iJw) allocations have one. An end before the start cannot exist: input with one is refused before it gets here.
 */
public record ValidityPeriod(LocalDate from, @Nullable LocalDate until) {

	public ValidityPeriod {
		if (from == null) {
			throw new IllegalArgumentException("A period has a first day");
		}
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its first day");
		}
	}

	public boolean overlaps(ValidityPeriod other) {
		return !endsBefore(other.from) && !other.endsBefore(from);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && (until == null || !day.isAfter(until));
	}

	/** Whether the whole of {@code other} lies within this period. */
	public boolean covers(ValidityPeriod other) {
		return contains(other.from) && (until == null || (other.until != null && !other.until.isAfter(until)));
	}

	/** Days in the period, both ends included; only for a period with a last day. */
	public long days() {
		if (until == null) {
			throw new IllegalStateException("An open period has no length");
		}
		return ChronoUnit.DAYS.between(from, until) + 1;
	}

	private boolean endsBefore(LocalDate day) {
		return until != null && until.isBefore(day);
	}
}
