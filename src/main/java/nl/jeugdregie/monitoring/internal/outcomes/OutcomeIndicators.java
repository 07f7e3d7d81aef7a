package nl.jeugdregie.monitoring.internal.outcomes;

import java.time.LocalDate;

/**
 * The CBS outcome indicators (MON-3) of one municipality for one period, suppressed for publication (SEC-2).
 * Definitions: docs/indicators.md.
 *
 * @param endReasons the period's ends per CBS end-reason category
 * @param dropOut ends one-sided by client or CJG, of ends with a known reason
 * @param continuation the CBS continuation answers at plan closure or handover in the period
 * @param noNewStart of the requests whose follow-up window ended in the period, those without a new request in it
 * @param followUpCohortFrom the first closure date of that cohort
 * @param followUpCohortTo the last closure date of that cohort
 * @param goalsRealised agreed plan goals realised, at closure or handover evaluations in the period
 * @param problemsReduced plan goals whose progress score rose, at the same evaluations
 */
public record OutcomeIndicators(String municipality, ReportPeriod period, boolean running, Distribution endReasons,
		Share dropOut, Satisfaction satisfaction, Distribution continuation, Share continuesWithoutHelp,
		Share noNewStart, int followUpMonths, LocalDate followUpCohortFrom, LocalDate followUpCohortTo,
		Share goalsRealised, Share problemsReduced) {

	/** Whether the period holds no outcome facts at all: the report then says so explicitly. */
	public boolean empty() {
		return endReasons.total() == 0 && satisfaction.scores() == 0 && continuation.total() == 0
				&& noNewStart.denominator() == 0 && goalsRealised.denominator() == 0;
	}
}
