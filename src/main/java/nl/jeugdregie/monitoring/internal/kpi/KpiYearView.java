package nl.jeugdregie.monitoring.internal.kpi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs of a municipality for one year, per action line, each with its measured result and yearly status
 * (MON-4). Results are already published through the disclosure control (SEC-2), so the page, the exports and the API agree.
 *
 * @param running whether the year is still running: judgements are then provisional
 * @param referenceDate the last day whose facts count
 * @param legend what the published figures and marks mean (SEC-2, ADR 0021)
 */
public record KpiYearView(String municipality, int year, boolean running, boolean begun, LocalDate referenceDate,
		List<Line> lines, List<String> legend) {

	/** An action line with its KPIs of the year. */
	public record Line(ActionLine actionLine, List<Row> kpis) {}

	/**
	 * One KPI: its norm ("ten minste 90%"), the result as shown ("89,6%", or the mark "k"), what the result is based
	 * on ("43 van 48", published counts, or the source of a hand-entered value) and the status.
	 */
	@Schema(name = "KpiYearRow")
	public record Row(Kpi kpi, String indicator, String norm, String result, String basis, KpiStatus status,
			String statusLabel, @Nullable String enteredBy) {}

	public boolean empty() {
		return lines.stream().allMatch(line -> line.kpis().isEmpty());
	}

	public long count(KpiStatus status) {
		return lines.stream().flatMap(line -> line.kpis().stream()).filter(row -> row.status() == status).count();
	}
}
