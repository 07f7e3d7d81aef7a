package nl.jeugdregie.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts terms in working days: Monday to Friday except {@link DutchPublicHolidays}. "Within three working days after
 * receipt" ends at the end of the third working day after the day of receipt; the day itself never counts, also when
 * it is a working day (ADR 0037).
 */
public final class WorkingDays {

	private WorkingDays() {}

	public static boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !DutchPublicHolidays.isHoliday(date);
	}

	/** The last day of a term of {@code days} working days that starts on {@code start}; 0 days: {@code start} itself. */
	public static LocalDate after(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("A term has zero or more working days");
		}
		var day = start;
		for (var counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days after {@code from} up to and including {@code to}: 0 when {@code to} is not after it. */
	public static int between(LocalDate from, LocalDate to) {
		var count = 0;
		for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
