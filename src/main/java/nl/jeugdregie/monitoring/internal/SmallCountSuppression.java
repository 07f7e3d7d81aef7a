package nl.jeugdregie.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Keeps individual children from being recognisable in reports that leave the case team (SEC-2): a count
 * of 1 to 4 is shown as "< 5"; when exactly one part of a total would be hidden, the smallest other
 * non-zero part is hidden too, so the hidden one cannot be computed back from the total. Zero is shown.
 */
public final class SmallCountSuppression {

	public static final int THRESHOLD = 5;

	private SmallCountSuppression() {}

	public static boolean tooSmall(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/** Which parts of a shown total to hide; the total itself is hidden by {@link #tooSmall}. */
	public static List<Boolean> hiddenParts(List<Long> parts) {
		var hidden = new ArrayList<>(parts.stream().map(SmallCountSuppression::tooSmall).toList());
		if (hidden.stream().filter(h -> h).count() == 1) {
			IntStream.range(0, parts.size())
					.filter(i -> !hidden.get(i) && parts.get(i) > 0)
					.boxed()
					.min(Comparator.comparing(parts::get))
					.ifPresent(i -> hidden.set(i, true));
		}
		return hidden;
	}
}
