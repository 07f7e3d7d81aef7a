package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The dashboard's raw figures, before suppression: per registration month and for the whole period, plus the
 * stocks on the reference date (requests still waiting past the treatment term; routes to care running past
 * their lead time).
 */
public record DashboardFigures(DashboardScope scope, List<Month> months, Counts total, WaitHistogram totalWait,
		LocalDate referenceDate, long waitingPastTerm, long routesPastLeadTime) {

	public record Month(YearMonth month, Counts counts, WaitHistogram waiting) {}

	public boolean empty() {
		return total.registrations() == 0 && waitingPastTerm == 0 && routesPastLeadTime == 0;
	}
}
