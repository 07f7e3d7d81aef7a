package nl.jeugdregie.monitoring.internal.kpi;

import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The year a KPI overview or a new KPI is for (MON-4): from 2015, the first year of the Jeugdwet, up to next year,
 * so targets can be set before the year begins.
 */
sealed interface KpiYear {

	int FIRST = 2015;
	Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

	record Accepted(int year) implements KpiYear {}

	/** Not a year the rules allow; the refusal concerns the field {@code year}. */
	record Refused(Refusal refusal) implements KpiYear {}

	static KpiYear parse(@Nullable String text, LocalDate today) {
		var last = Integer.toString(today.getYear() + 1);
		var first = Integer.toString(FIRST);
		if (text == null || !FOUR_DIGITS.matcher(text.strip()).matches()) {
			return new Refused(Refusal.of("year", "kpi.year.malformed", Integer.toString(today.getYear()), first, last));
		}
		var year = Integer.parseInt(text.strip());
		return year < FIRST || year > today.getYear() + 1
				? new Refused(Refusal.of("year", "kpi.year.outOfRange", first, last))
				: new Accepted(year);
	}
}
