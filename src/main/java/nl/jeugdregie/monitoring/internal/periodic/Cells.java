package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument.Cell;
import org.jspecify.annotations.Nullable;

/** How single figures appear in a published report: through the disclosure control (SEC-2, ADR 0021). */
final class Cells {

	private Cells() {}

	static Cell count(Disclosure disclosure, Tally tally) {
		return Cell.count(disclosure.count(tally));
	}

	/** A median or percentile in days of a group: left out (mark k) when the group's published count is below 5. */
	static Cell days(Disclosure disclosure, Tally group, @Nullable Double days) {
		return Cell.figure(disclosure.derived(group, days == null ? null : Math.round(days)), " dagen");
	}

	/** Parts of a total in one row followed by the total, each published in its own right. */
	static List<Cell> partsAndTotal(Disclosure disclosure, List<Tally> parts) {
		var cells = new ArrayList<Cell>();
		parts.forEach(part -> cells.add(count(disclosure, part)));
		cells.add(count(disclosure, parts.stream().reduce(Tally.NONE, Tally::plus)));
		return cells;
	}
}
