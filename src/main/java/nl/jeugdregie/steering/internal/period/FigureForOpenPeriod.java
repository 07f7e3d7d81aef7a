package nl.jeugdregie.steering.internal.period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * The provider delivers figures for a period once it has ended, and no longer once the municipality has closed
 * one of its quarters: a closed period's figures are final (STU-5, memo 001 par. 6.1).
 */
public final class FigureForOpenPeriod {

	public Optional<Refusal> check(String field, ReportingPeriod period, LocalDate today, Collection<LocalDate> closedQuarters) {
		if (!period.endedBefore(today)) {
			return Optional.of(Refusal.of(field, "steering.refusal.period.notEnded", period.label()));
		}
		if (closedQuarters.stream().anyMatch(period::containsQuarter)) {
			return Optional.of(Refusal.of(field, "steering.refusal.period.closed", period.label()));
		}
		return Optional.empty();
	}
}
