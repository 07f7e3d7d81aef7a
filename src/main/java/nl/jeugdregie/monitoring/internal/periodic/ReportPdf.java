package nl.jeugdregie.monitoring.internal.periodic;

import java.time.LocalDate;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import nl.jeugdregie.platform.pdf.PdfFooter;

/**
 * A periodic report as PDF (MON-2): the same sections, published figures and legend as on screen (SEC-2), as tables with
 * header cells, in a document with a title and language, like the monthly report's PDF.
 */
public final class ReportPdf {


	private ReportPdf() {}

	public static byte[] of(ReportDocument document, LocalDate createdOn) {
		return AccessiblePdf.render(html(document), "The periodic report", new PdfFooter(document.municipality(),
				document.title(), document.period().dutchName(), createdOn));
	}

	static String html(ReportDocument document) {
		var title = document.title() + ", gemeente " + document.municipality() + ", " + document.period().dutchName();
		var body = new StringBuilder()
				.append("<h1>").append(escape(title)).append("</h1>")
				.append("<p>").append(escape(document.introduction())).append("</p>")
				.append("<p>Periode ").append(DutchFormat.date(document.period().from())).append(" tot en met ")
				.append(DutchFormat.date(document.period().to())).append(". Gegevens tot en met ")
				.append(DutchFormat.date(document.referenceDate())).append(document.running() ? " (lopende periode, voorlopige cijfers)" : "")
				.append(".</p>");
		if (document.empty()) {
			body.append("<p><strong>Over deze periode zijn nog geen gegevens.</strong></p>");
		}
		for (var section : document.sections()) {
			body.append("<h2>").append(escape(section.title())).append("</h2>");
			if (section.note() != null) {
				body.append("<p>").append(escape(section.note())).append("</p>");
			}
			body.append(section.hasText() ? paragraphs(section.text()) : table(section));
		}
		body.append("<h2>Legenda</h2>");
		document.legend().forEach(line -> body.append("<p>").append(escape(line)).append("</p>"));
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\"" + escape(title) + "\"/><title>" + escape(title) + "</title>"
				+ "<style>body{font-family:'DejaVu Sans';font-size:10pt}table{border-collapse:collapse;width:100%}"
				+ "th,td{border:1px solid #999;padding:3pt;text-align:left}td{text-align:right}"
				+ "</style></head><body>" + body + "</body></html>";
	}

	private static String table(ReportDocument.Section section) {
		var html = new StringBuilder("<table><tr>");
		section.headers().forEach(header -> html.append("<th scope=\"col\">").append(escape(header)).append("</th>"));
		html.append("</tr>");
		for (var row : section.rows()) {
			html.append("<tr><th scope=\"row\">").append(escape(row.get(0).text())).append("</th>");
			row.stream().skip(1).forEach(cell -> html.append("<td>").append(escape(cell.text())).append("</td>"));
			html.append("</tr>");
		}
		return html.append("</table>").toString();
	}

	private static String paragraphs(String text) {
		if (text.isBlank()) {
			return "<p>(nog niet ingevuld)</p>";
		}
		var html = new StringBuilder();
		for (var paragraph : text.strip().split("\\R+")) {
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
