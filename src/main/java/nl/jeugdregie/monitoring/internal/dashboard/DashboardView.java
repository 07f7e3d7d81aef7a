package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard as a reader outside the case team sees it (MON-1, MON-7, MON-10, SEC-2): every count through
 * small-count suppression, complementary within each table and each monthly column.
 *
 * @param keyFigures the figures of the whole period
 * @param triage triage outcomes of the requests registered in the period, parts of {@code triaged}
 * @param months one row per month of the period; {@code total} adds them up
 */
public record DashboardView(String scopeName, String periodName, LocalDate referenceDate, boolean empty,
		Norms norms, List<KeyFigure> keyFigures, List<TriageLine> triage, Shown triaged, List<MonthRow> months,
		MonthRow total, List<BarChart> charts) {

	/** The norm values used in labels (TOE-5, TOE-7, TOE-8). */
	public record Norms(int treatmentTermWeeks, int maxConversations, int leadTimeWeeks) {}

	/**
	 * @param code stable name for the API
	 * @param share the figure as a share of the registrations, if it is one
	 */
	public record KeyFigure(String code, String label, Shown value, String unit, Shown share, String requirement) {}

	public record TriageLine(String code, String label, Shown count, Shown share) {}

	public record MonthRow(String month, Shown registrations, Shown medianWaitingDays, Shown p90WaitingDays,
			Shown startedLate, Shown overMaxConversations, Shown routesLate, Shown crisis, Shown repeats,
			Shown fromVeiligThuis) {}
}
