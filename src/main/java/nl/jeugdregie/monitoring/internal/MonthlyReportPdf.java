package nl.jeugdregie.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import nl.jeugdregie.platform.pdf.PdfFooter;

/**
 * The monthly report as PDF for the monthly delivery to the municipality (TOE-9, MON-1): the same published
 * figures and legend as on screen (SEC-2), as tables with header cells, in a tagged document with a title and language.
 */
final class MonthlyReportPdf {


	private record Part(String title, String late, String open,
			Function<MonthlyWaitingReport.Line, MonthlyWaitingReport.Figures> lateFigures,
			Function<MonthlyWaitingReport.Line, MonthlyWaitingReport.Figures> openFigures) {}

	private static final List<Part> PARTS = List.of(
			new Part("Termijn tot het eerste gesprek (wachttijd)", "Te laat in behandeling genomen in deze maand",
					"Eind van de maand nog wachtend, termijn verlopen", MonthlyWaitingReport.Line::startedLate,
					MonthlyWaitingReport.Line::stillWaiting),
			new Part("Doorlooptijd toeleiding naar zorg", "Toeleiding te laat afgerond in deze maand",
					"Eind van de maand nog lopend, termijn verlopen", MonthlyWaitingReport.Line::routeEndedLate,
					MonthlyWaitingReport.Line::routeStillRunning));

	private MonthlyReportPdf() {}

	static byte[] of(MonthlyWaitingReport report, LocalDate createdOn) {
		return AccessiblePdf.render(html(report), "The monthly report", new PdfFooter(report.municipality(),
				"Maandrapportage wachttermijn en doorlooptijd", report.monthName(), createdOn));
	}

	static String html(MonthlyWaitingReport report) {
		var title = "Maandrapportage wachttermijn en doorlooptijd, gemeente " + report.municipality() + ", "
				+ report.monthName();
		var body = new StringBuilder()
				.append("<h1>").append(escape(title)).append("</h1>")
				.append("<p>Hoe vaak en met hoeveel weken de normen zijn overschreden, per team. Een begonnen week telt als ")
				.append("een hele week. Nog open gemeten op ").append(DutchFormat.date(report.referenceDate()))
				.append(".</p>");
		for (var part : PARTS) {
			body.append("<h2>").append(escape(part.title())).append("</h2>").append(table(report, part));
		}
		body.append("<h2>Legenda</h2>");
		report.legend().forEach(line -> body.append("<p>").append(escape(line)).append("</p>"));
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\"" + escape(title) + "\"/><title>" + escape(title) + "</title>"
				+ "<style>body{font-family:'DejaVu Sans';font-size:10pt}table{border-collapse:collapse;width:100%}"
				+ "th,td{border:1px solid #999;padding:3pt;text-align:left}td{text-align:right}"
				+ "</style></head><body>" + body + "</body></html>";
	}

	private static String table(MonthlyWaitingReport report, Part part) {
		var rows = new ArrayList<String>();
		rows.add("<tr><th rowspan=\"2\" scope=\"col\">Team</th><th colspan=\"3\" scope=\"colgroup\">" + escape(part.late())
				+ "</th><th colspan=\"3\" scope=\"colgroup\">" + escape(part.open()) + "</th></tr>");
		rows.add("<tr>" + "<th scope=\"col\">Aantal</th><th scope=\"col\">Weken samen</th><th scope=\"col\">Langste</th>".repeat(2)
				+ "</tr>");
		var lines = new ArrayList<>(report.teams());
		lines.add(report.total());
		for (var line : lines) {
			rows.add("<tr><th scope=\"row\">" + escape(line.name()) + "</th>" + cells(part.lateFigures().apply(line))
					+ cells(part.openFigures().apply(line)) + "</tr>");
		}
		return "<table>" + String.join("", rows) + "</table>";
	}

	private static String cells(MonthlyWaitingReport.Figures figures) {
		return "<td>" + escape(figures.shownCount()) + "</td><td>" + escape(figures.shownWeeks()) + "</td><td>"
				+ escape(figures.shownMaxWeeks()) + "</td>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
