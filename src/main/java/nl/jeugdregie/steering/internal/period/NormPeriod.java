package nl.jeugdregie.steering.internal.period;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/** The period a norm is measured over: quarter, half year or year, always calendar-aligned. */
public enum NormPeriod implements Labelled {
	QUARTER(3, Pattern.compile("(\\d{4})-K([1-4])")),
	HALF_YEAR(6, Pattern.compile("(\\d{4})-H([12])")),
	YEAR(12, Pattern.compile("(\\d{4})"));

	private final int months;
	private final Pattern label;

	NormPeriod(int months, Pattern label) {
		this.months = months;
		this.label = label;
	}

	/** The period that contains the date. */
	public ReportingPeriod containing(LocalDate date) {
		var startMonth = (date.getMonthValue() - 1) / months * months + 1;
		var start = LocalDate.of(date.getYear(), startMonth, 1);
		return new ReportingPeriod(this, start, start.plusMonths(months).minusDays(1));
	}

	/** The most recent period that has ended on or before the date: the one a status on that date is about. */
	public ReportingPeriod lastEndedOn(LocalDate date) {
		var current = containing(date);
		return date.equals(current.end()) ? current : containing(current.start().minusDays(1));
	}

	/** Reads a label such as "2026-K3" (quarter), "2026-H1" (half year) or "2026" (year). */
	public Optional<ReportingPeriod> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		var matcher = label.matcher(text.strip().toUpperCase());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		var year = Integer.parseInt(matcher.group(1));
		if (year < 2000 || year > 2100) {
			return Optional.empty();
		}
		var index = this == YEAR ? 1 : Integer.parseInt(matcher.group(2));
		return Optional.of(containing(LocalDate.of(year, (index - 1) * months + 1, 1)));
	}

	public String label(LocalDate start) {
		return switch (this) {
			case QUARTER -> start.getYear() + "-K" + ((start.getMonthValue() - 1) / 3 + 1);
			case HALF_YEAR -> start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
			case YEAR -> String.valueOf(start.getYear());
		};
	}

	/** An example label, for help texts and error messages. */
	public String example() {
		return switch (this) {
			case QUARTER -> "2026-K3";
			case HALF_YEAR -> "2026-H1";
			case YEAR -> "2025";
		};
	}
}
