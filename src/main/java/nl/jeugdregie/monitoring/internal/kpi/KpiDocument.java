package nl.jeugdregie.monitoring.internal.kpi;

import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument.Cell;
import org.jspecify.annotations.Nullable;

/** The KPI overview of a year as a report document, so the CSV and PDF exports show what the page shows (MON-4). */
final class KpiDocument {

	static final List<String> HEADERS = List.of("KPI", "Meet", "Norm", "Uitkomst", "Gebaseerd op", "Status");

	private KpiDocument() {}

	static ReportDocument of(KpiYearView view) {
		var sections = view.lines().stream()
				.map(line -> ReportDocument.Section.table("actielijn-" + line.actionLine().code(),
						"Actielijn " + line.actionLine().code() + " " + line.actionLine().name(),
						line.kpis().isEmpty() ? "Nog geen KPI's voor " + view.year() + "." : emptyToNull(line.actionLine().goal()),
						HEADERS,
						line.kpis().stream()
								.map(row -> List.of(Cell.text(row.kpi().name()), Cell.text(row.indicator()),
										Cell.text(row.norm()), result(row), Cell.text(row.basis()), Cell.text(row.statusLabel())))
								.toList()))
				.toList();
		return new ReportDocument("KPI's per actielijn", view.municipality(), ReportPeriod.year(view.year()),
				view.running(), view.referenceDate(), introduction(view), view.empty(), sections, Legend.lines());
	}

	/** The result as a cell: a left-out result keeps its mark in the CSV's mark column (SEC-2). */
	private static Cell result(KpiYearView.Row row) {
		return row.result().equals(Mark.SMALL.symbol()) ? new Cell(row.result(), null, row.result()) : Cell.text(row.result());
	}

	private static String introduction(KpiYearView view) {
		if (!view.begun()) {
			return "Dit jaar is nog niet begonnen. Hieronder staan de streefwaarden.";
		}
		return "De stand van de KPI's van " + view.year() + ": " + view.count(KpiStatus.MET) + " "
				+ (view.running() ? "op koers" : "behaald") + ", " + view.count(KpiStatus.MISSED) + " "
				+ (view.running() ? "niet op koers" : "niet behaald") + ", "
				+ (view.count(KpiStatus.TOO_FEW) + view.count(KpiStatus.NOT_ENTERED))
				+ " zonder oordeel (geen of te weinig gegevens, of nog niet ingevuld).";
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
