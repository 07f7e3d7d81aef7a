package nl.jeugdregie.monitoring.internal.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The days a report covers, both ends included, with its code (2026-Q3, 2026-H1, 2026, 2026-01..2026-06) and
 * its Dutch name. Reports count facts by their own dates within these days only, so that an ended period gives
 * the same report whenever it is asked for (MON-2).
 */
public record ReportPeriod(LocalDate from, LocalDate to, String code, String dutchName) {

	private static final Locale DUTCH = Locale.of("nl");

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A report period ends on or after its start");
		}
	}

	public static ReportPeriod months(YearMonth first, YearMonth last) {
		var code = first.equals(last) ? first.toString() : first + ".." + last;
		var name = first.equals(last) ? monthName(first) : monthName(first) + " tot en met " + monthName(last);
		return new ReportPeriod(first.atDay(1), last.atEndOfMonth(), code, name);
	}

	public static ReportPeriod quarter(int year, int quarter) {
		var first = YearMonth.of(year, quarter * 3 - 2);
		return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), year + "-Q" + quarter,
				quarter + "e kwartaal " + year);
	}

	public static ReportPeriod halfYear(int year, int half) {
		var first = YearMonth.of(year, half == 1 ? 1 : 7);
		return new ReportPeriod(first.atDay(1), first.plusMonths(5).atEndOfMonth(), year + "-H" + half,
				(half == 1 ? "1e" : "2e") + " halfjaar " + year);
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year),
				"jaar " + year);
	}

	/** The last day whose facts count: the period's end, or today while the period is still running. */
	public LocalDate referenceDate(LocalDate today) {
		return to.isAfter(today) ? today : to;
	}

	public boolean runningOn(LocalDate today) {
		return !to.isBefore(today) && !from.isAfter(today);
	}

	private static String monthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, DUTCH) + " " + month.getYear();
	}
}
