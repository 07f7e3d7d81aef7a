package nl.jeugdregie.messaging.internal.terms;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard's row of one message flow (null: all flows together): its terms met in time, met late, open within the
 * term, and overdue.
 */
public record FlowCounts(@Nullable MessageFlow flow, long inTime, long late, long due, long overdue) {

	public FlowCounts {
		if (inTime < 0 || late < 0 || due < 0 || overdue < 0) {
			throw new IllegalArgumentException("Counts are never negative");
		}
	}

	FlowCounts plus(TermStatus status, long count) {
		return switch (status) {
			case IN_TIME -> new FlowCounts(flow, inTime + count, late, due, overdue);
			case LATE -> new FlowCounts(flow, inTime, late + count, due, overdue);
			case DUE -> new FlowCounts(flow, inTime, late, due + count, overdue);
			case OVERDUE -> new FlowCounts(flow, inTime, late, due, overdue + count);
		};
	}

	public long total() {
		return inTime + late + due + overdue;
	}

	/** The share of met terms met in time, in whole percent; null when none was met yet. */
	public @Nullable Long inTimePercentage() {
		var met = inTime + late;
		return met == 0 ? null : Math.round(100.0 * inTime / met);
	}
}
