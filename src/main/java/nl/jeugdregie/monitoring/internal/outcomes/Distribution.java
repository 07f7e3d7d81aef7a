package nl.jeugdregie.monitoring.internal.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;

/**
 * Counts per category with their total (SEC-2, ADR 0021): every part and the total published through the
 * disclosure control, the total in its own right, so it may differ from the sum of the published parts.
 */
public record Distribution(List<Part> parts, long total, long publishedTotal) {

	/** One category: its Dutch name, true count and published count. */
	public record Part(String name, long count, long publishedCount) {

		public String shownCount() {
			return Long.toString(publishedCount);
		}
	}

	/** @param counts the categories' Dutch names and tallies, in the order to show them */
	public static Distribution of(LinkedHashMap<String, Tally> counts, Disclosure disclosure) {
		var parts = new ArrayList<Part>();
		var total = Tally.NONE;
		for (var entry : counts.entrySet()) {
			parts.add(new Part(entry.getKey(), entry.getValue().count(), disclosure.count(entry.getValue())));
			total = total.plus(entry.getValue());
		}
		return new Distribution(List.copyOf(parts), total.count(), disclosure.count(total));
	}

	public String shownTotal() {
		return Long.toString(publishedTotal);
	}

	public Part part(String name) {
		return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}
}
