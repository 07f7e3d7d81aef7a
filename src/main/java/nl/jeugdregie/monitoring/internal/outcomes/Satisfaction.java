package nl.jeugdregie.monitoring.internal.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import org.jspecify.annotations.Nullable;

/**
 * Client satisfaction (MON-3): the usefulness scores 1–10 of young people and parents in a period, their mean
 * and the share of scores at or above the norm {@code satisfiedFrom}.
 *
 * @param mean the mean score to one decimal, or null without scores
 */
public record Satisfaction(long scores, @Nullable BigDecimal mean, Share satisfied, Distribution byRespondent,
		int satisfiedFrom) {

	/** The mean, hidden like a small count: with fewer than 5 scores a mean says too much about each. */
	public String shownMean() {
		if (mean == null) {
			return "geen gegevens";
		}
		return SmallCountSuppression.tooSmall(scores) ? "niet getoond (kleine aantallen)" : mean.toPlainString().replace('.', ',');
	}

	public @Nullable BigDecimal publishedMean() {
		return mean == null || SmallCountSuppression.tooSmall(scores) ? null : mean;
	}

	static @Nullable BigDecimal meanOf(long sum, long count) {
		return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}
}
