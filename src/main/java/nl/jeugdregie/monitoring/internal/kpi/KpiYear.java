package nl.jeugdregie.monitoring.internal.kpi;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The year a KPI overview or a new KPI is for (MON-4): from 2015, the first year of the Jeugdwet, up to next year,
 * so targets can be set before the year begins.
 */
sealed interface KpiYear {

	int FIRST = 2015;
	Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

	record Accepted(int year) implements KpiYear {}

	record Refused(String message) implements KpiYear {}

	static KpiYear parse(@Nullable String text, LocalDate today) {
		var last = today.getYear() + 1;
		var range = "Kies een jaar van " + FIRST + " tot en met " + last + ".";
		if (text == null || !FOUR_DIGITS.matcher(text.strip()).matches()) {
			return new Refused("Geef het jaar met vier cijfers, bijvoorbeeld " + today.getYear() + ". " + range);
		}
		var year = Integer.parseInt(text.strip());
		return year < FIRST || year > last ? new Refused(range) : new Accepted(year);
	}
}
