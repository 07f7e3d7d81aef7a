package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import org.jspecify.annotations.Nullable;

/** How single figures appear in a published report (SEC-2). */
final class Cells {

	static final String HIDDEN = "< " + SmallCountSuppression.THRESHOLD;
	static final String NO_DATA = "geen gegevens";
	static final String NOT_YET = "nog geen gegevens — wordt gevuld door de module toewijzing";

	private Cells() {}

	static String count(long count) {
		return SmallCountSuppression.tooSmall(count) ? HIDDEN : Long.toString(count);
	}

	/** A median or percentile of {@code n} durations in days: hidden with fewer than 5, absent with none. */
	static String days(@Nullable Double days, long n) {
		if (n == 0 || days == null) {
			return NO_DATA;
		}
		return SmallCountSuppression.tooSmall(n) ? "niet getoond (kleine aantallen)" : Math.round(days) + " dagen";
	}

	/**
	 * Parts of a total in one row, with complementary suppression, followed by the total: a single hidden part
	 * cannot be worked out from the total and the others.
	 */
	static List<String> partsAndTotal(List<Long> parts) {
		var hidden = SmallCountSuppression.hiddenParts(parts);
		var cells = new ArrayList<String>();
		for (var i = 0; i < parts.size(); i++) {
			cells.add(hidden.get(i) ? HIDDEN : Long.toString(parts.get(i)));
		}
		cells.add(count(parts.stream().mapToLong(Long::longValue).sum()));
		return cells;
	}
}
