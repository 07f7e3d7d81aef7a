package nl.jeugdregie.monitoring.internal.outcomes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Which periods a report may cover (MON-2, MON-3): a period that has begun (a running one gives provisional
 * figures), given the right way round. A period in the future, a reversed one or an unreadable one is refused
 * with a Dutch explanation instead of an error page.
 */
public final class ReportPeriodPolicy {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[QqKk]([1-4])");
	private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})-[Hh]([12])");
	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	static final PeriodCheck.Refused FUTURE = new PeriodCheck.Refused("periode-in-toekomst",
			Labels.text("text.monitoring.period.future.title"), Labels.text("text.monitoring.period.future"));
	static final PeriodCheck.Refused REVERSED = new PeriodCheck.Refused("periode-omgekeerd",
			Labels.text("text.monitoring.period.reversed.title"), Labels.text("text.monitoring.period.reversed"));

	private ReportPeriodPolicy() {}

	/** A range of whole months, for example van 2026-01 tot 2026-06. */
	public static PeriodCheck months(@Nullable String from, @Nullable String to, LocalDate today) {
		var first = month(from);
		var last = month(to);
		if (first == null || last == null) {
			return unreadable(Labels.text("text.monitoring.period.months"));
		}
		if (last.isBefore(first)) {
			return REVERSED;
		}
		return accept(ReportPeriod.months(first, last), today);
	}

	/** A quarter, for example 2026-Q3 (or 2026-K3). */
	public static PeriodCheck quarter(@Nullable String quarter, LocalDate today) {
		var matcher = quarter == null ? null : QUARTER.matcher(quarter.strip());
		if (matcher == null || !matcher.matches()) {
			return unreadable(Labels.text("text.monitoring.period.quarter"));
		}
		return accept(ReportPeriod.quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))), today);
	}

	/** A half year, for example 2026-H1. */
	public static PeriodCheck halfYear(@Nullable String halfYear, LocalDate today) {
		var matcher = halfYear == null ? null : HALF_YEAR.matcher(halfYear.strip());
		if (matcher == null || !matcher.matches()) {
			return unreadable(Labels.text("text.monitoring.period.halfYear"));
		}
		return accept(ReportPeriod.halfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))), today);
	}

	/** A calendar year, for example 2026. */
	public static PeriodCheck year(@Nullable String year, LocalDate today) {
		if (year == null || !YEAR.matcher(year.strip()).matches()) {
			return unreadable(Labels.text("text.monitoring.period.year"));
		}
		return accept(ReportPeriod.year(Integer.parseInt(year.strip())), today);
	}

	static PeriodCheck accept(ReportPeriod period, LocalDate today) {
		if (period.from().isAfter(today)) {
			return FUTURE;
		}
		return new PeriodCheck.Accepted(period, period.runningOn(today));
	}

	private static PeriodCheck.Refused unreadable(String detail) {
		return new PeriodCheck.Refused("ongeldige-periode", "Ongeldige periode", detail);
	}

	private static @Nullable YearMonth month(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
		} catch (DateTimeException e) {
			return null;
		}
	}
}
