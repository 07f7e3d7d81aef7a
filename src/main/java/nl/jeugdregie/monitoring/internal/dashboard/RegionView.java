package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The regional access-team monitor (MON-9) as a reader outside the case team sees it: one row per member
 * municipality and the region total, every count through small-count suppression, complementary down each column
 * (SEC-2). Aggregates only.
 *
 * @param rows one per member municipality, ordered by name
 * @param total the whole region; its counts are hidden only when small themselves
 */
public record RegionView(String regionName, String periodName, LocalDate referenceDate, DashboardView.Norms norms,
		List<Row> rows, Row total) {

	/**
	 * @param own whether this is the reader's own municipality (highlighted on the page)
	 * @param startedWithinTermPercent share of the started requests that started within the treatment term
	 */
	public record Row(String municipalityCode, String municipalityName, boolean own, Shown registrations,
			Shown waitingPastTerm, Shown medianWaitingDays, Shown p90WaitingDays, Shown startedWithinTermPercent,
			Shown startedLate, Shown overMaxConversations, Shown routesLate) {}
}
