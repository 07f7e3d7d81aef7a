package nl.jeugdregie.monitoring.internal.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import org.jspecify.annotations.Nullable;

/**
 * Counts per category with their total, suppressed as a whole (SEC-2): small parts and, when exactly one part
 * would be hidden, the smallest other non-zero part too, so no hidden part follows from the total.
 */
public record Distribution(List<Part> parts, long total) {

	/** One category: its Dutch name, count and whether the count is hidden. */
	public record Part(String name, long count, boolean hidden) {

		public String shownCount() {
			return hidden ? "< " + SmallCountSuppression.THRESHOLD : Long.toString(count);
		}

		public @Nullable Long publishedCount() {
			return hidden ? null : count;
		}
	}

	/** @param counts the categories' Dutch names and counts, in the order to show them */
	public static Distribution of(LinkedHashMap<String, Long> counts) {
		var names = new ArrayList<>(counts.keySet());
		var values = names.stream().map(counts::get).toList();
		var hidden = SmallCountSuppression.hiddenParts(values);
		var parts = new ArrayList<Part>();
		for (var i = 0; i < names.size(); i++) {
			parts.add(new Part(names.get(i), values.get(i), hidden.get(i)));
		}
		return new Distribution(List.copyOf(parts), values.stream().mapToLong(Long::longValue).sum());
	}

	public String shownTotal() {
		return SmallCountSuppression.tooSmall(total) ? "< " + SmallCountSuppression.THRESHOLD : Long.toString(total);
	}

	public @Nullable Long publishedTotal() {
		return SmallCountSuppression.tooSmall(total) ? null : total;
	}

	public Part part(String name) {
		return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}
}
