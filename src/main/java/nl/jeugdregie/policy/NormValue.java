package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.time.Period;

/**
 * A norm's value from a date on.
 *
 * @param key which norm
 * @param amount the value, in the key's unit
 * @param effectiveFrom the first registration date it applies to
 */
public record NormValue(NormKey key, int amount, LocalDate effectiveFrom) {

	public NormValue {
		if (key == null || effectiveFrom == null) {
			throw new IllegalArgumentException("A norm value has a key and an effective date");
		}
		if (amount < 0 || (key.unit() == NormUnit.PERCENT && amount > 100)) {
			throw new IllegalArgumentException("A norm's amount lies within its unit's range");
		}
	}

	/** The term as a period, for norms expressed in days, weeks or months. */
	public Period asPeriod() {
		return switch (key.unit()) {
			case DAYS -> Period.ofDays(amount);
			case WEEKS -> Period.ofWeeks(amount);
			case MONTHS -> Period.ofMonths(amount);
			case COUNT, PERCENT, HOUR_OF_DAY -> throw new IllegalStateException(key + " is not a term");
			// Working days are counted on the calendar (platform.calendar.WorkingDays), never as a fixed period.
			case WORKING_DAYS -> throw new IllegalStateException(key + " is counted in working days, not as a period");
		};
	}
}
