package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.List;
import java.util.stream.IntStream;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/**
 * A figure as it leaves monitoring (SEC-2): its value, or none when suppressed as a small count or when there is
 * nothing to compute it from.
 *
 * @param value null when suppressed or not available
 * @param suppressed whether the figure is hidden to keep children unrecognisable
 */
public record Shown(@Nullable Long value, boolean suppressed) {

	static final Shown NOT_AVAILABLE = new Shown(null, false);
	static final Shown SUPPRESSED = new Shown(null, true);

	static Shown count(long count) {
		return SmallCountSuppression.tooSmall(count) ? SUPPRESSED : new Shown(count, false);
	}

	/** Counts that add up to a shown total: small ones hidden, and one more when exactly one would be. */
	static List<Shown> parts(List<Long> counts) {
		var hidden = SmallCountSuppression.hiddenParts(counts);
		return IntStream.range(0, counts.size())
				.mapToObj(i -> hidden.get(i) ? SUPPRESSED : new Shown(counts.get(i), false))
				.toList();
	}

	/** A figure computed from {@code base} requests (a median, an average): hidden when the base is small. */
	static Shown derived(long base, @Nullable Long value) {
		if (SmallCountSuppression.tooSmall(base)) {
			return SUPPRESSED;
		}
		return base == 0 || value == null ? NOT_AVAILABLE : new Shown(value, false);
	}

	/** A share in whole percent of a part in a whole; hidden with either. */
	static Shown percent(Shown part, Shown whole) {
		if (part.suppressed || whole.suppressed) {
			return SUPPRESSED;
		}
		if (part.value == null || whole.value == null || whole.value == 0) {
			return NOT_AVAILABLE;
		}
		return new Shown(Math.round(part.value * 100.0 / whole.value), false);
	}

	/** What the page shows. */
	public String text() {
		if (suppressed) {
			return "< " + SmallCountSuppression.THRESHOLD;
		}
		return value == null ? "–" : DutchFormat.number(value);
	}
}
