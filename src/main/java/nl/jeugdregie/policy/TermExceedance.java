package nl.jeugdregie.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a term was exceeded, by the one counting rule used everywhere (glossary, "weken overschrijding"):
 * the term is met when the event happens on or before the deadline day; every day after it counts, and
 * every started week of seven days counts as a whole week. One to seven days late is one week, eight to
 * fourteen days two weeks, and so on.
 */
public final class TermExceedance {

	private TermExceedance() {}

	/** Days after the deadline; zero when the event happened on or before it. */
	public static long daysOver(LocalDate deadline, LocalDate eventOrReferenceDate) {
		return Math.max(0, ChronoUnit.DAYS.between(deadline, eventOrReferenceDate));
	}

	/** Started weeks after the deadline; zero when the term was met. */
	public static long weeksOver(LocalDate deadline, LocalDate eventOrReferenceDate) {
		var days = daysOver(deadline, eventOrReferenceDate);
		return (days + 6) / 7;
	}
}
