package nl.jeugdregie.monitoring.internal.dashboard;

import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as a reader outside the case team sees it (MON-1, MON-7, MON-10, SEC-2): every count published
 * through the disclosure control (ADR 0021), every figure computed from a small group left out with its mark.
 *
 * @param keyFigures the figures of the whole period
 * @param triage triage outcomes of the requests registered in the period, parts of {@code triaged}
 * @param months one row per month of the period; {@code total} covers them all (published in its own right)
 * @param legend what the figures and marks mean
 */
public record DashboardView(String scopeName, String periodName, LocalDate referenceDate, boolean empty,
		Norms norms, List<KeyFigure> keyFigures, List<TriageLine> triage, Figure triaged, List<MonthRow> months,
		MonthRow total, List<BarChart> charts, List<String> legend) {

	/** The norm values used in labels (TOE-5, TOE-7, TOE-8). */
	public record Norms(int treatmentTermWeeks, int maxConversations, int leadTimeWeeks) {}

	/**
	 * @param code stable name for the API
	 * @param share the figure as a share of the registrations, if it is one
	 * @param trend how its month figure moved between the last two complete months of the period, if both are shown
	 */
	public record KeyFigure(String code, String label, Figure value, String unit, Figure share, String requirement,
			@Nullable Trend trend) {

		KeyFigure withTrend(@Nullable Trend trend) {
			return new KeyFigure(code, label, value, unit, share, requirement, trend);
		}
	}

	public record TriageLine(String code, String label, Figure count, Figure share) {}

	public record MonthRow(String month, Figure registrations, Figure medianWaitingDays, Figure p90WaitingDays,
			Figure startedLate, Figure overMaxConversations, Figure routesLate, Figure crisis, Figure repeats,
			Figure fromVeiligThuis) {}
}
