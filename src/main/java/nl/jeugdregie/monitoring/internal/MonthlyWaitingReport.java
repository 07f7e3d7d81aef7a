package nl.jeugdregie.monitoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monthly report of TOE-9 for one municipality: per team and in total, how many requests exceeded the
 * waiting term (TOE-5) and the lead time to care (TOE-8), and by how many weeks; each in two groups: met
 * late during the month, and still open past the deadline at the month's reference date.
 *
 * @param referenceDate the end of the month, or today for the running month
 */
public record MonthlyWaitingReport(String municipality, YearMonth month, LocalDate referenceDate, List<Line> teams,
		Line total) {

	/** For example "oktober 2026". */
	public String monthName() {
		return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.of("nl")) + " "
				+ month.getYear();
	}

	public boolean empty() {
		return total.startedLate().count() == 0 && total.stillWaiting().count() == 0
				&& total.routeEndedLate().count() == 0 && total.routeStillRunning().count() == 0;
	}

	/**
	 * One team's figures, or the total: the waiting term (taken into treatment late in the month; still waiting)
	 * and the lead time to care (route ended late in the month; route still running past its deadline).
	 */
	public record Line(String name, Figures startedLate, Figures stillWaiting, Figures routeEndedLate,
			Figures routeStillRunning) {}

	/**
	 * @param count requests that exceeded the term
	 * @param weeks the started weeks of exceedance added up
	 * @param maxWeeks the longest exceedance in started weeks
	 * @param hidden whether the figures are suppressed as a small count
	 */
	public record Figures(long count, long weeks, long maxWeeks, boolean hidden) {

		static final Figures NONE = new Figures(0, 0, 0, false);

		Figures hide() {
			return new Figures(count, weeks, maxWeeks, true);
		}

		/** What a reader outside the case team sees for the count. */
		public String shownCount() {
			return hidden ? "< " + SmallCountSuppression.THRESHOLD : Long.toString(count);
		}

		public String shownWeeks() {
			return hidden ? "–" : Long.toString(weeks);
		}

		public String shownMaxWeeks() {
			return hidden ? "–" : Long.toString(maxWeeks);
		}

		@Nullable Long publishedCount() {
			return hidden ? null : count;
		}

		@Nullable Long publishedWeeks() {
			return hidden ? null : weeks;
		}

		@Nullable Long publishedMaxWeeks() {
			return hidden ? null : maxWeeks;
		}
	}
}
