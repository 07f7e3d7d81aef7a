package nl.jeugdregie.steering.internal.report;

import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import nl.jeugdregie.steering.internal.agenda.SteeringAgendaSources;

/**
 * The progress report and council overview as PDF (STU-6), like the monthly report of monitoring: a tagged HTML
 * document rendered as PDF/UA by {@link AccessiblePdf}. Risks with an effect of 6 or more are highlighted; the document's stated
 * figures stand next to the computed ones.
 */
public final class ProgressReportPdf {

	private ProgressReportPdf() {}

	public static byte[] of(ProgressReport report) {
		return AccessiblePdf.render(html(report), "The progress report");
	}

	static String html(ProgressReport report) {
		var body = new StringBuilder()
				.append("<h1>").append(escape(report.title())).append("</h1>")
				.append("<p>").append(escape(report.assignment().title())).append(" aan ")
				.append(escape(report.assignment().providerName())).append(". Periode ")
				.append(DutchFormat.date(report.from())).append(" tot en met ").append(DutchFormat.date(report.to()))
				.append(". Alle bedragen zijn berekend uit de financieringsregels.</p>");
		body.append("<h2>Werksoorten en doelen</h2>");
		for (var section : report.types()) {
			body.append("<h3>").append(escape(section.type().name())).append("</h3><p>")
					.append(escape(section.type().desiredSituation())).append("</p>");
			if (!section.goals().isEmpty()) {
				body.append("<ul>");
				section.goals().forEach(goal -> body.append("<li>").append(escape(goal.text())).append("</li>"));
				body.append("</ul>");
			}
		}
		body.append("<h2>Risico's met effect 6 of hoger</h2>").append(risks(report));
		body.append("<h2>Financiering</h2>").append(financing(report));
		body.append("<h2>Overleggen en besluiten</h2>").append(meetings(report));
		body.append("<h2>Nieuwe opdrachten</h2>").append(requests(report));
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\"" + escape(report.title()) + "\"/><title>" + escape(report.title())
				+ "</title><style>body{font-family:'DejaVu Sans';font-size:10pt}table{border-collapse:collapse;width:100%}"
				+ "th,td{border:1px solid #999;padding:3pt;text-align:left}.high{background:#f6c6c6;font-weight:bold}"
				+ ".number{text-align:right}</style></head><body>" + body + "</body></html>";
	}

	private static String risks(ProgressReport report) {
		var rows = new StringBuilder("<table><tr><th scope=\"col\">Werksoort</th><th scope=\"col\">Risico</th>"
				+ "<th scope=\"col\">Kans</th><th scope=\"col\">Schade</th><th scope=\"col\">Effect</th></tr>");
		for (var risk : report.risks()) {
			var high = risk.effect() >= SteeringAgendaSources.HIGH_EFFECT;
			rows.append("<tr").append(high ? " class=\"high\"" : "").append("><td>").append(escape(risk.typeOfWorkName()))
					.append("</td><th scope=\"row\">").append(high ? "HOOG: " : "").append(escape(risk.description()))
					.append("</th><td>").append(risk.probability()).append("</td><td>").append(risk.damage())
					.append("</td><td>").append(risk.effect()).append("</td></tr>");
		}
		return rows.append("</table>").toString();
	}

	private static String financing(ProgressReport report) {
		var rows = new StringBuilder("<table><tr><th scope=\"col\">Werksoort</th><th scope=\"col\">Fte</th>"
				+ "<th scope=\"col\">Berekend</th><th scope=\"col\">Volgens het memo</th><th scope=\"col\">Verschil</th></tr>");
		for (var section : report.types()) {
			var stated = section.stated();
			rows.append("<tr><th scope=\"row\">").append(escape(section.type().name())).append("</th><td class=\"number\">")
					.append(section.computed().fteText()).append("</td><td class=\"number\">")
					.append(escape(section.computed().amountText())).append("</td><td class=\"number\">")
					.append(stated == null ? "niet genoemd" : escape(stated.statedAmountText()))
					.append("</td><td class=\"number\">")
					.append(stated == null ? "–" : stated.matches() ? "geen" : escape(stated.differenceText()))
					.append("</td></tr>");
		}
		rows.append("<tr><th scope=\"row\">Totaal jeugd</th><td class=\"number\">").append(report.budget().youth().fteText())
				.append("</td><td class=\"number\">").append(escape(report.budget().youth().amountText())).append("</td><td></td><td></td></tr>")
				.append("<tr><th scope=\"row\">Totaal volwassenen</th><td class=\"number\">").append(report.budget().adults().fteText())
				.append("</td><td class=\"number\">").append(escape(report.budget().adults().amountText())).append("</td><td></td><td></td></tr>")
				.append("<tr><th scope=\"row\">Totaal opdracht</th><td class=\"number\">").append(report.budget().overall().fteText())
				.append("</td><td class=\"number\">").append(escape(report.budget().overall().amountText())).append("</td><td></td><td></td></tr>");
		rows.append("</table><p>Begrotingsplafond ").append(escape(report.cap().capText()))
				.append(report.cap().overCap() ? ", het totaal ligt " + escape(report.cap().roomText()) + " erboven."
						: ", nog " + escape(report.cap().roomText()) + " ruimte.")
				.append(" Proeftuin Ruwaard apart: ").append(escape(report.budget().proeftuin().amountText())).append(".</p>");
		return rows.toString();
	}

	private static String meetings(ProgressReport report) {
		if (report.meetings().isEmpty()) {
			return "<p>Geen overleggen in deze periode.</p>";
		}
		var text = new StringBuilder();
		for (var section : report.meetings()) {
			text.append("<h3>").append(escape(section.meeting().type().dutchName())).append(" ")
					.append(DutchFormat.date(section.meeting().date())).append("</h3>");
			if (section.items().isEmpty()) {
				text.append("<p>Geen agendapunten.</p>");
				continue;
			}
			text.append("<ul>");
			for (var item : section.items()) {
				text.append("<li>").append(escape(item.title()));
				if (!item.decision().isBlank()) {
					text.append(". Besluit: ").append(escape(item.decision()));
				}
				text.append("</li>");
			}
			text.append("</ul>");
		}
		return text.toString();
	}

	private static String requests(ProgressReport report) {
		if (report.requests().isEmpty()) {
			return "<p>Geen nieuwe opdrachten in deze periode.</p>";
		}
		var text = new StringBuilder("<ul>");
		for (var request : report.requests()) {
			text.append("<li>").append(escape(request.title())).append(": ").append(request.status().dutchName());
			if (request.decisionReason() != null) {
				text.append(" (").append(escape(request.decisionReason())).append(")");
			}
			text.append("</li>");
		}
		return text.append("</ul>").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
