package nl.jeugdregie.monitoring.internal.outcomes;

import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.disclosure.PerturbationTable;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as "numerator of denominator" with its percentage (SEC-2, ADR 0021). The true counts are kept for
 * norm verdicts (KPIs); the published counts come from the disclosure control and the percentage is computed from
 * them, left out (mark k) when the published denominator is below 5.
 */
public record Share(long numerator, long denominator, long publishedNumerator, long publishedDenominator) {

	public static Share of(Tally numerator, Tally denominator, Disclosure disclosure) {
		if (numerator.count() > denominator.count()) {
			throw new IllegalArgumentException("A share's numerator lies between 0 and its denominator");
		}
		return new Share(numerator.count(), denominator.count(), disclosure.count(numerator),
				disclosure.count(denominator));
	}

	/** Whether the percentage is left out: the published denominator is below 5 (0 to 5 true records). */
	public boolean hidden() {
		return publishedDenominator < PerturbationTable.ZERO_STANDS_FOR_UP_TO;
	}

	/** The percentage of the published counts, rounded half up to a whole number; null when left out. */
	public @Nullable Long percentage() {
		return hidden() ? null : Math.min(100, Math.round(100.0 * publishedNumerator / publishedDenominator));
	}

	public String shownNumerator() {
		return Long.toString(publishedNumerator);
	}

	public String shownDenominator() {
		return Long.toString(publishedDenominator);
	}

	/** For example "35%", or the mark "k" when the published denominator is below 5. */
	public String shownPercentage() {
		return hidden() ? Mark.SMALL.symbol() : percentage() + "%";
	}
}
