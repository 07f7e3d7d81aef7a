package nl.jeugdregie.monitoring.internal.outcomes;

import java.util.List;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as "numerator of denominator" with its percentage (SEC-2): when the numerator, the rest
 * (denominator minus numerator) or the denominator is 1 to 4, the numerator and percentage are hidden, because
 * any of them would let a reader work the small group back out.
 */
public record Share(long numerator, long denominator, boolean hidden) {

	public static Share of(long numerator, long denominator) {
		if (numerator < 0 || numerator > denominator) {
			throw new IllegalArgumentException("A share's numerator lies between 0 and its denominator");
		}
		var parts = SmallCountSuppression.hiddenParts(List.of(numerator, denominator - numerator));
		var hidden = parts.contains(true) || SmallCountSuppression.tooSmall(denominator);
		return new Share(numerator, denominator, hidden);
	}

	public boolean empty() {
		return denominator == 0;
	}

	/** The percentage rounded half up to a whole number, or null when hidden or without a denominator. */
	public @Nullable Long percentage() {
		return hidden || denominator == 0 ? null : Math.round(100.0 * numerator / denominator);
	}

	public String shownNumerator() {
		return hidden ? "< " + SmallCountSuppression.THRESHOLD : Long.toString(numerator);
	}

	public String shownDenominator() {
		return SmallCountSuppression.tooSmall(denominator) ? "< " + SmallCountSuppression.THRESHOLD : Long.toString(denominator);
	}

	/** For example "35%", "niet getoond (kleine aantallen)" or "geen gegevens". */
	public String shownPercentage() {
		if (denominator == 0) {
			return "geen gegevens";
		}
		return hidden ? "niet getoond (kleine aantallen)" : percentage() + "%";
	}

	public @Nullable Long publishedNumerator() {
		return hidden ? null : numerator;
	}

	public @Nullable Long publishedDenominator() {
		return SmallCountSuppression.tooSmall(denominator) ? null : denominator;
	}
}
