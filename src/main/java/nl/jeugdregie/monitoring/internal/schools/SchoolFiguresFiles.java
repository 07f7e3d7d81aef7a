package nl.jeugdregie.monitoring.internal.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import nl.jeugdregie.platform.pdf.PdfFooter;

/**
 * OND-3, OND-5, OND-7 (ADR 0041): the schools report as CSV and as accessible PDF. Exactly the figures of the page and
 * the API, after the disclosure control (a left-out count is empty with its mark), plus the letter's connection
 * figures, which count locations rather than people and are exact.
 */
final class SchoolFiguresFiles {

	static final String HEADER = "gemeente;onderdeel;groep;periode;aantal;markering";

	private SchoolFiguresFiles() {}

	static String csv(SchoolFigures.Report report) {
		var lines = new ArrayList<String>();
		lines.add(HEADER);
		var code = report.municipality().value();
		var span = report.first() + " t/m " + report.last();
		var today = report.last().toString();
		var c = report.connections();
		lines.add(String.join(";", code, "aansluiting", "locaties", today, Integer.toString(c.locations()), ""));
		lines.add(String.join(";", code, "aansluiting", "extra afgesproken", today, Integer.toString(c.extra()), ""));
		lines.add(String.join(";", code, "aansluiting", "extra gerealiseerd", today, Integer.toString(c.extraRealised()), ""));
		lines.add(String.join(";", code, "aansluiting", "basis", today, Integer.toString(c.basis()), ""));
		for (var month : report.months()) {
			var m = month.month().toString();
			lines.add(row(code, "per maand", "vragen van scholen", m, month.questionsFromSchools()));
			lines.add(row(code, "per maand", "wachtlijst aan het eind", m, month.waitingListAtEnd()));
			lines.add(row(code, "per maand", "thuiszitters aan het eind", m, month.outOfSchoolAtEnd()));
			lines.add(row(code, "per maand", "nieuwe thuiszitters", m, month.outOfSchoolNew()));
		}
		report.perConnection().forEach(g -> lines.add(row(code, "vragen per aansluiting", g.name(), span, g.questions())));
		report.perLocation().forEach(g -> lines.add(row(code, "vragen per locatie", g.name(), span, g.questions())));
		lines.add(row(code, "vragen van scholen", "totaal", span, report.questionsTotal()));
		lines.add("");
		report.legend().forEach(line -> lines.add("# " + line));
		return String.join("\r\n", lines) + "\r\n";
	}

	static byte[] pdf(SchoolFigures.Report report, LocalDate createdOn) {
		var period = report.first() + " t/m " + report.last();
		return AccessiblePdf.render(html(report), "The schools report", new PdfFooter(report.municipality().value(),
				"Scholen en wachtlijst", period, createdOn));
	}

	static String html(SchoolFigures.Report report) {
		var title = "Scholen en wachtlijst, gemeente " + report.municipality().value() + ", " + report.first() + " t/m "
				+ report.last();
		var c = report.connections();
		var body = new StringBuilder().append("<h1>").append(escape(title)).append("</h1>")
				.append("<h2>Aansluiting van de schoollocaties</h2>")
				.append("<table><tr><th scope=\"col\">Aansluiting</th><th scope=\"col\">Locaties</th></tr>")
				.append(line("Alle locaties", Integer.toString(c.locations())))
				.append(line("Extra afgesproken", Integer.toString(c.extra())))
				.append(line("waarvan gerealiseerd", Integer.toString(c.extraRealised())))
				.append(line("Basis", Integer.toString(c.basis()))).append("</table>")
				.append("<h2>Per maand</h2><table><tr><th scope=\"col\">Maand</th><th scope=\"col\">Vragen van scholen</th>")
				.append("<th scope=\"col\">Wachtlijst aan het eind</th><th scope=\"col\">Thuiszitters aan het eind</th>")
				.append("<th scope=\"col\">Nieuwe thuiszitters</th></tr>");
		for (var month : report.months()) {
			body.append("<tr><th scope=\"row\">").append(escape(month.month().toString())).append("</th>")
					.append(cell(month.questionsFromSchools())).append(cell(month.waitingListAtEnd()))
					.append(cell(month.outOfSchoolAtEnd())).append(cell(month.outOfSchoolNew())).append("</tr>");
		}
		body.append("</table><h2>Vragen van scholen per aansluiting</h2>")
				.append("<table><tr><th scope=\"col\">Aansluiting</th><th scope=\"col\">Vragen</th></tr>");
		report.perConnection().forEach(g -> body.append(line(g.name(), g.questions().text())));
		body.append(line("Totaal", report.questionsTotal().text())).append("</table>")
				.append("<h2>Vragen van scholen per locatie</h2>")
				.append("<table><tr><th scope=\"col\">Locatie</th><th scope=\"col\">Vragen</th></tr>");
		report.perLocation().forEach(g -> body.append(line(g.name(), g.questions().text())));
		body.append("</table><h2>Legenda</h2>");
		report.legend().forEach(line -> body.append("<p>").append(escape(line)).append("</p>"));
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\""
				+ escape(title) + "\"/><title>" + escape(title) + "</title>"
				+ "<style>body{font-family:'DejaVu Sans';font-size:10pt}table{border-collapse:collapse;width:100%}"
				+ "th,td{border:1px solid #999;padding:3pt;text-align:left}td{text-align:right}"
				+ "</style></head><body>" + body + "</body></html>";
	}

	private static String row(String code, String part, String group, String period, Figure figure) {
		return String.join(";", code, part, field(group), period,
				figure.value() == null ? "" : Long.toString(figure.value()), figure.mark() == null ? "" : figure.mark());
	}

	private static String line(String name, String value) {
		return "<tr><th scope=\"row\">" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
	}

	private static String cell(Figure figure) {
		return "<td>" + escape(figure.text()) + "</td>";
	}

	/** Quotes a name holding a separator or quote (RFC 4180); a leading formula character is neutralised. */
	private static String field(String value) {
		var safe = value.matches("^[=+@-].*") ? "'" + value : value;
		return safe.contains(";") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
