package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;

/**
 * The dashboard's true figures, before disclosure control (SEC-2): per registration month and for the whole period, plus the
 * stocks on the reference date (requests still waiting past the treatment term; routes to care running past
 * their lead time).
 */
public record DashboardFigures(DashboardScope scope, List<Month> months, Counts total, WaitHistogram totalWait,
		LocalDate referenceDate, Tally waitingPastTerm, Tally routesPastLeadTime) {

	public record Month(YearMonth month, Counts counts, WaitHistogram waiting) {}

	public boolean empty() {
		return total.registrations().count() == 0 && waitingPastTerm.count() == 0 && routesPastLeadTime.count() == 0;
	}
}
