package nl.jeugdregie.monitoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;

/**
 * The monthly report of TOE-9 for one municipality: per team and in total, how many requests exceeded the
 * waiting term (TOE-5) and the lead time to care (TOE-8), and by how many weeks; each in two groups: met
 * late during the month, and still open past the deadline at the month's reference date. Only published figures
 * (SEC-2, ADR 0021).
 *
 * @param referenceDate the end of the month, or today for the running month
 * @param legend what the figures and marks mean
 */
public record MonthlyWaitingReport(String municipality, YearMonth month, LocalDate referenceDate, List<Line> teams,
		Line total, boolean empty, List<String> legend) {

	/** For example "oktober 2026". */
	public String monthName() {
		return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.of("nl")) + " "
				+ month.getYear();
	}

	/**
	 * One team's figures, or the total: the waiting term (taken into treatment late in the month; still waiting)
	 * and the lead time to care (route ended late in the month; route still running past its deadline).
	 */
	public record Line(String name, Figures startedLate, Figures stillWaiting, Figures routeEndedLate,
			Figures routeStillRunning) {}

	/**
	 * @param count requests that exceeded the term, as published
	 * @param weeks the started weeks of exceedance added up, as published, or left out with a mark
	 * @param maxWeeks the longest exceedance in started weeks, or left out with a mark
	 */
	public record Figures(Figure count, Figure weeks, Figure maxWeeks) {

		/** What a reader outside the case team sees for the count. */
		public String shownCount() {
			return count.text();
		}

		public String shownWeeks() {
			return weeks.text();
		}

		public String shownMaxWeeks() {
			return maxWeeks.text();
		}
	}
}
