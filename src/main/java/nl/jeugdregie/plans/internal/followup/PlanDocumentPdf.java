package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import org.jspecify.annotations.Nullable;

/**
 * The family's plan as a PDF in plain Dutch (B1): headings, lists and tables with header cells, in a document
 * with a title and language. Built from {@link PlanDocument} only, so internal notes cannot end up in it.
 * Rendered as a tagged PDF/UA document with the bundled DejaVu Sans font embedded ({@link AccessiblePdf}, ADR 0016),
 * so screen readers get the structure, language and real text.
 */
final class PlanDocumentPdf {


	private PlanDocumentPdf() {}

	static byte[] of(PlanDocument document) {
		return AccessiblePdf.render(html(document), "The plan document");
	}

	static String html(PlanDocument d) {
		var title = "Ons plan – " + d.householdName();
		var body = new StringBuilder()
				.append("<h1>").append(escape(title)).append("</h1>")
				.append("<p>Dit is het plan van uw gezin. U heeft het samen met ons gemaakt. Klopt er iets niet? ")
				.append("Zeg het tegen uw regisseur.</p>")
				.append("<p>Gezin ").append(escape(d.number())).append(", versie ").append(d.planVersion())
				.append(", gemaakt op ").append(day(d.printedOn())).append(".</p>");
		wishes(body, d);
		goals(body, d);
		agreement(body, d);
		body.append("<h2>Volgend overleg (MDO)</h2><p>")
				.append(d.nextMeeting() == null ? "Er is nog geen datum afgesproken."
						: "Het volgende overleg is op " + day(d.nextMeeting()) + ".")
				.append("</p>");
		evaluations(body, d);
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\"" + escape(title) + "\"/><title>" + escape(title) + "</title>"
				+ "<style>body{font-family:'DejaVu Sans';font-size:12pt;line-height:1.4}h1{font-size:20pt}"
				+ "h2{font-size:16pt;margin-top:18pt}h3{font-size:13pt}table{border-collapse:collapse;width:100%}"
				+ "th,td{border:1px solid #777;padding:4pt;text-align:left;vertical-align:top}</style></head><body>"
				+ body + "</body></html>";
	}

	private static void wishes(StringBuilder body, PlanDocument d) {
		body.append("<h2>Ik wil, ik kan, ik heb nodig</h2>");
		if (d.wishes().isEmpty()) {
			body.append("<p>Dit is nog niet ingevuld.</p>");
			return;
		}
		for (var wish : d.wishes()) {
			body.append("<h3>").append(escape(wish.who())).append("</h3><ul>");
			item(body, "Ik wil", wish.want());
			item(body, "Ik kan", wish.can());
			item(body, "Ik heb nodig", wish.need());
			body.append("</ul>");
		}
	}

	private static void goals(StringBuilder body, PlanDocument d) {
		body.append("<h2>Onze doelen</h2>");
		if (d.goals().isEmpty()) {
			body.append("<p>Er staan nog geen doelen in het plan.</p>");
			return;
		}
		for (var goal : d.goals()) {
			body.append("<h3>Doel ").append(goal.priority()).append(": ").append(escape(goal.lifeDomain())).append("</h3>")
					.append("<p>").append(escape(goal.description())).append("</p>")
					.append("<p>Wie werkt eraan: ").append(escape(goal.owner())).append("</p><p>Hoe gaat het: ")
					.append(goal.score() == null ? "nog niet gemeten."
							: goal.score() + " van de 10, " + escape(goal.status()).toLowerCase() + " (" + day(goal.measuredOn())
									+ ").")
					.append("</p>");
			if (!goal.actions().isEmpty()) {
				body.append("<table><tr><th scope=\"col\">Wat gaat er gebeuren</th><th scope=\"col\">Wie doet het</th>")
						.append("<th scope=\"col\">Klaar op</th></tr>");
				for (var action : goal.actions()) {
					body.append("<tr><td>").append(escape(action.description())).append("</td><td>")
							.append(escape(action.who())).append("</td><td>").append(day(action.dueOn())).append("</td></tr>");
				}
				body.append("</table>");
			}
		}
	}

	private static void agreement(StringBuilder body, PlanDocument d) {
		body.append("<h2>Wat vindt het gezin van het plan?</h2><p>");
		var agreement = d.agreement();
		if (agreement == null) {
			body.append("Dit hebben we nog niet samen vastgelegd.</p>");
			return;
		}
		body.append(agreement.agrees() ? "Het gezin is akkoord" : "Het gezin is niet akkoord")
				.append(" met versie ").append(agreement.version()).append(" (").append(day(agreement.on())).append(").</p>");
		if (agreement.words() != null) {
			body.append("<p>In eigen woorden: “").append(escape(agreement.words())).append("”</p>");
		}
	}

	private static void evaluations(StringBuilder body, PlanDocument d) {
		if (d.evaluations().isEmpty()) {
			return;
		}
		body.append("<h2>Evaluaties</h2><ul>");
		for (var evaluation : d.evaluations()) {
			body.append("<li>").append(escape(evaluation.moment())).append(" op ").append(day(evaluation.on()));
			if (evaluation.outcome() != null) {
				body.append(": ").append(escape(evaluation.outcome()));
			}
			if (evaluation.remarks() != null) {
				body.append(". ").append(escape(evaluation.remarks()));
			}
			body.append("</li>");
		}
		body.append("</ul>");
	}

	private static void item(StringBuilder body, String label, @Nullable String text) {
		if (text != null) {
			body.append("<li><strong>").append(label).append(":</strong> ").append(escape(text)).append("</li>");
		}
	}

	private static String day(@Nullable LocalDate date) {
		return date == null ? "" : DutchFormat.date(date);
	}

	private static String escape(@Nullable String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
