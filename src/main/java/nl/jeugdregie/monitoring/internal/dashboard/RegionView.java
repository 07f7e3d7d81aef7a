package nl.jeugdregie.monitoring.internal.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import java.time.LocalDate;
import java.util.List;

/**
 * The regional access-team monitor (MON-9) as a reader outside the case team sees it: one row per member
 * municipality and the region total, every count through small-count suppression, complementary down each column
 * (SEC-2). Aggregates only.
 *
 * @param rows one per member municipality, ordered by name
 * @param total the whole region
 * @param legend what the figures and marks mean
 */
public record RegionView(String regionName, String periodName, LocalDate referenceDate, DashboardView.Norms norms,
		List<Row> rows, Row total, List<String> legend) {

	/**
	 * @param own whether this is the reader's own municipality (highlighted on the page)
	 * @param startedWithinTermPercent share of the started requests that started within the treatment term
	 */
	@Schema(name = "RegionRow")
	public record Row(String municipalityCode, String municipalityName, boolean own, Figure registrations,
			Figure waitingPastTerm, Figure medianWaitingDays, Figure p90WaitingDays, Figure startedWithinTermPercent,
			Figure startedLate, Figure overMaxConversations, Figure routesLate) {}
}
