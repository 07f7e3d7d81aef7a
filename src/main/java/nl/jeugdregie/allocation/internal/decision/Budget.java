package nl.jeugdregie.allocation.internal.decision;

import java.time.temporal.ChronoUnit;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/**
 * TOEW-9: an allocation's budget is its volume over the whole period times the tariff in force on its first day. The
 * volume counts per day, per started week, per started month, or once in total (WMO757).
 */
public final class Budget {

	private Budget() {}

	/** The units the volume amounts to over the period. */
	public static long units(int volume, Frequency frequency, ValidityPeriod period) {
		var days = period.days();
		return switch (frequency) {
			case PER_DAY -> volume * days;
			case PER_WEEK -> volume * ((days + 6) / 7);
			case PER_MONTH -> volume * startedMonths(period);
			case TOTAL -> volume;
		};
	}

	public static long cents(int volume, Frequency frequency, ValidityPeriod period, long tariffCents) {
		return Math.multiplyExact(units(volume, frequency, period), tariffCents);
	}

	private static long startedMonths(ValidityPeriod period) {
		var end = period.until().plusDays(1);
		var whole = ChronoUnit.MONTHS.between(period.from(), end);
		return period.from().plusMonths(whole).isBefore(end) ? whole + 1 : whole;
	}
}
