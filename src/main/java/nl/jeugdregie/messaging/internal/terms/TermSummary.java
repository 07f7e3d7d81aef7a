package nl.jeugdregie.messaging.internal.terms;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.AgbCode;
import org.jspecify.annotations.Nullable;

/** The dashboard: per message flow the terms in time, late, open and overdue on the given day, for one or all providers. */
public record TermSummary(LocalDate today, @Nullable AgbCode provider, List<FlowCounts> flows) {

	public TermSummary {
		flows = List.copyOf(flows);
	}

	public FlowCounts total() {
		var total = new FlowCounts(null, 0, 0, 0, 0);
		for (var flow : flows) {
			total = total.plus(TermStatus.IN_TIME, flow.inTime()).plus(TermStatus.LATE, flow.late())
					.plus(TermStatus.DUE, flow.due()).plus(TermStatus.OVERDUE, flow.overdue());
		}
		return total;
	}
}
