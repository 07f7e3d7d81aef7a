package nl.jeugdregie.monitoring.internal.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import nl.jeugdregie.platform.pdf.PdfFooter;
import nl.jeugdregie.platform.text.Labels;

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
		var span = Labels.text("text.monitoring.schools.span", String.valueOf(report.first()),
				String.valueOf(report.last()));
		var today = report.last().toString();
		var c = report.connections();
		var connection = Labels.text("text.monitoring.schools.csv.connection");
		lines.add(String.join(";", code, connection, Labels.text("text.monitoring.schools.csv.locations"),
				today, Integer.toString(c.locations()), ""));
		lines.add(String.join(";", code, connection, Labels.text("text.monitoring.schools.csv.extraAgreed"),
				today, Integer.toString(c.extra()), ""));
		lines.add(String.join(";", code, connection, Labels.text("text.monitoring.schools.csv.extraRealised"),
				today, Integer.toString(c.extraRealised()), ""));
		lines.add(String.join(";", code, connection, Labels.text("text.monitoring.schools.csv.basis"),
				today, Integer.toString(c.basis()), ""));
		for (var month : report.months()) {
			var m = month.month().toString();
			var perMonth = Labels.text("text.monitoring.schools.csv.perMonth");
			lines.add(row(code, perMonth, Labels.text("text.monitoring.schools.csv.questionsFromSchools"),
					m, month.questionsFromSchools()));
			lines.add(row(code, perMonth, Labels.text("text.monitoring.schools.csv.waitingListAtEnd"),
					m, month.waitingListAtEnd()));
			lines.add(row(code, perMonth, Labels.text("text.monitoring.schools.csv.outOfSchoolAtEnd"),
					m, month.outOfSchoolAtEnd()));
			lines.add(row(code, perMonth, Labels.text("text.monitoring.schools.csv.outOfSchoolNew"),
					m, month.outOfSchoolNew()));
		}
		report.perConnection().forEach(g -> lines.add(row(code, Labels.text("text.monitoring.schools.csv.perConnection"),
				g.name(), span, g.questions())));
		report.perLocation().forEach(g -> lines.add(row(code, Labels.text("text.monitoring.schools.csv.perLocation"),
				g.name(), span, g.questions())));
		lines.add(row(code, Labels.text("text.monitoring.schools.csv.questionsFromSchools"),
				Labels.text("text.monitoring.schools.csv.total"), span, report.questionsTotal()));
		lines.add("");
		report.legend().forEach(line -> lines.add("# " + line));
		return String.join("\r\n", lines) + "\r\n";
	}

	static byte[] pdf(SchoolFigures.Report report, LocalDate createdOn) {
		var period = Labels.text("text.monitoring.schools.span", String.valueOf(report.first()),
				String.valueOf(report.last()));
		return AccessiblePdf.render(html(report), "The schools report", new PdfFooter(report.municipality().value(),
				Labels.text("text.monitoring.schools.pdf.footer"), period, createdOn));
	}

	static String html(SchoolFigures.Report report) {
		var title = Labels.text("text.monitoring.schools.pdf.title", report.municipality().value(),
				String.valueOf(report.first()), String.valueOf(report.last()));
		var c = report.connections();
		var connection = Labels.text("text.monitoring.schools.pdf.connection");
		var questions = Labels.text("text.monitoring.schools.pdf.questions");
		var body = new StringBuilder().append("<h1>").append(escape(title)).append("</h1>")
				.append("<h2>").append(escape(Labels.text("text.monitoring.schools.pdf.connections"))).append("</h2>")
				.append("<table><tr><th scope=\"col\">").append(escape(connection)).append("</th><th scope=\"col\">")
				.append(escape(Labels.text("text.monitoring.schools.pdf.locations"))).append("</th></tr>")
				.append(line(Labels.text("text.monitoring.schools.pdf.allLocations"), Integer.toString(c.locations())))
				.append(line(Labels.text("text.monitoring.schools.pdf.extraAgreed"), Integer.toString(c.extra())))
				.append(line(Labels.text("text.monitoring.schools.pdf.extraRealised"), Integer.toString(c.extraRealised())))
				.append(line(Labels.text("text.monitoring.schools.pdf.basis"), Integer.toString(c.basis()))).append("</table>")
				.append("<h2>").append(escape(Labels.text("text.monitoring.schools.pdf.perMonth"))).append("</h2><table><tr>")
				.append(header(Labels.text("text.monitoring.schools.pdf.month")))
				.append(header(Labels.text("text.monitoring.schools.pdf.questionsFromSchools")))
				.append(header(Labels.text("text.monitoring.schools.pdf.waitingListAtEnd")))
				.append(header(Labels.text("text.monitoring.schools.pdf.outOfSchoolAtEnd")))
				.append(header(Labels.text("text.monitoring.schools.pdf.outOfSchoolNew"))).append("</tr>");
		for (var month : report.months()) {
			body.append("<tr><th scope=\"row\">").append(escape(month.month().toString())).append("</th>")
					.append(cell(month.questionsFromSchools())).append(cell(month.waitingListAtEnd()))
					.append(cell(month.outOfSchoolAtEnd())).append(cell(month.outOfSchoolNew())).append("</tr>");
		}
		body.append("</table><h2>").append(escape(Labels.text("text.monitoring.schools.pdf.perConnection")))
				.append("</h2><table><tr>").append(header(connection)).append(header(questions)).append("</tr>");
		report.perConnection().forEach(g -> body.append(line(g.name(), g.questions().text())));
		body.append(line(Labels.text("text.monitoring.schools.pdf.total"), report.questionsTotal().text())).append("</table>")
				.append("<h2>").append(escape(Labels.text("text.monitoring.schools.pdf.perLocation"))).append("</h2><table><tr>")
				.append(header(Labels.text("text.monitoring.schools.pdf.location"))).append(header(questions)).append("</tr>");
		report.perLocation().forEach(g -> body.append(line(g.name(), g.questions().text())));
		body.append("</table><h2>").append(escape(Labels.text("text.monitoring.schools.pdf.legend"))).append("</h2>");
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
	private static String header(String text) {
		return "<th scope=\"col\">" + escape(text) + "</th>";
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
