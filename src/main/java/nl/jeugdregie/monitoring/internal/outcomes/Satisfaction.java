package nl.jeugdregie.monitoring.internal.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.disclosure.PerturbationTable;
import org.jspecify.annotations.Nullable;

/**
 * Client satisfaction (MON-3): the usefulness scores 1–10 of young people and parents in a period, their mean
 * and the share of scores at or above the norm {@code satisfiedFrom}.
 *
 * @param scores the true number of scores
 * @param publishedScores the number of scores as published (SEC-2, ADR 0021)
 * @param mean the mean score to one decimal, or null without scores
 */
public record Satisfaction(long scores, long publishedScores, @Nullable BigDecimal mean, Share satisfied,
		Distribution byRespondent, int satisfiedFrom) {

	/** The mean, left out (mark k) when the published number of scores is below 5. */
	public String shownMean() {
		var shown = publishedMean();
		return shown == null ? Mark.SMALL.symbol() : shown.toPlainString().replace('.', ',');
	}

	public @Nullable BigDecimal publishedMean() {
		return mean == null || publishedScores < PerturbationTable.ZERO_STANDS_FOR_UP_TO ? null : mean;
	}

	static @Nullable BigDecimal meanOf(long sum, long count) {
		return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}
}
