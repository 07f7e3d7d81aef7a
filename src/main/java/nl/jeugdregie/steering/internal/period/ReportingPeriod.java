package nl.jeugdregie.steering.internal.period;

import java.time.LocalDate;

/** One calendar-aligned quarter, half year or year; {@code end} is its last day. */
public record ReportingPeriod(NormPeriod kind, LocalDate start, LocalDate end) {

	public ReportingPeriod {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	/** "2026-K3", "2026-H1" or "2025". */
	public String label() {
		return kind.label(start);
	}

	public boolean endedBefore(LocalDate today) {
		return end.isBefore(today);
	}

	/** Whether the quarter starting on the date lies within this period. */
	public boolean containsQuarter(LocalDate quarterStart) {
		return !quarterStart.isBefore(start) && !quarterStart.isAfter(end);
	}
}
