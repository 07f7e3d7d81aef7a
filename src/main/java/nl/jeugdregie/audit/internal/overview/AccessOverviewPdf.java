package nl.jeugdregie.audit.internal.overview;

import java.time.format.DateTimeFormatter;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import org.jspecify.annotations.Nullable;

/**
 * The overview of accesses for the family as an accessible PDF (PDF/UA through {@link AccessiblePdf}, ADR 0016), in
 * plain Dutch (B1): the municipality, the date it was made, what each column means, the accesses, and page numbers.
 */
final class AccessOverviewPdf {

	static final String TITLE = "Wie heeft uw dossier bekeken?";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private AccessOverviewPdf() {}

	static byte[] of(AccessOverview overview) {
		return AccessiblePdf.render(html(overview), "The overview of accesses");
	}

	static String html(AccessOverview overview) {
		var body = new StringBuilder()
				.append("<h1>").append(TITLE).append("</h1>")
				.append("<p>Gemeente ").append(escape(overview.municipality())).append(". Gemaakt op ")
				.append(DutchFormat.longDate(overview.madeAt())).append(", voor ").append(escape(overview.madeFor()))
				.append(".</p>")
				.append("<p>U heeft gevraagd wie uw gegevens heeft bekeken of veranderd. Dat is uw recht volgens de AVG ")
				.append("(artikel 15). Hieronder ziet u elke keer dat iemand uw dossier opende, aanmaakte of veranderde. ")
				.append("U ziet ook wie het probeerde en geen toegang kreeg. Een medewerker van een ander team moet ")
				.append("altijd een reden geven. Die reden staat erbij.</p>");
		if (overview.files().isEmpty()) {
			body.append("<p>Er zijn geen dossiers gevonden.</p>");
		} else {
			body.append("<h2>Uw dossiers</h2><ul>");
			overview.files().forEach(file -> body.append("<li>").append(escape(file)).append("</li>"));
			body.append("</ul>");
		}
		body.append("<h2>Wie, wanneer en waarom</h2>");
		if (overview.lines().isEmpty()) {
			body.append("<p>Niemand heeft uw dossier bekeken of veranderd.</p>");
		} else {
			body.append("<table><thead><tr><th scope=\"col\" style=\"width:12%\">Wanneer</th>")
					.append("<th scope=\"col\" style=\"width:19%\">Wie</th>")
					.append("<th scope=\"col\" style=\"width:17%\">Team en organisatie</th>")
					.append("<th scope=\"col\" style=\"width:22%\">Wat</th><th scope=\"col\" style=\"width:19%\">Reden</th>")
					.append("<th scope=\"col\" style=\"width:11%\">Uitkomst</th></tr></thead><tbody>");
			for (var line : overview.lines()) {
				body.append("<tr><td>").append(DutchFormat.date(line.moment())).append("<br/>")
						.append(TIME.format(line.moment().atZone(DutchFormat.DUTCH_TIME)))
						.append("</td><th scope=\"row\">")
						.append(escape(line.who())).append("<br/>").append(escape(line.role())).append("</th><td>")
						.append(escape(line.team())).append("<br/>").append(escape(line.organisation())).append("</td><td>")
						.append(escape(line.action())).append("<br/>").append(escape(line.file())).append("</td><td>")
						.append(escape(line.reasonText()))
						.append("</td><td>").append(escape(line.outcome())).append("</td></tr>");
			}
			body.append("</tbody></table>");
		}
		body.append("<h2>Vragen?</h2><p>Klopt er iets niet, of wilt u weten waarom iemand uw dossier bekeek? Neem ")
				.append("contact op met de privacyfunctionaris van de gemeente. U mag ook een klacht indienen bij de ")
				.append("Autoriteit Persoonsgegevens.</p>");
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\""
				+ TITLE + " Gemeente " + escape(overview.municipality()) + "\"/><title>" + TITLE + "</title><style>"
				+ "@page{size:A4;margin:18mm 14mm 20mm 14mm;@bottom-center{content:'Pagina ' counter(page) ' van ' counter(pages);"
				+ "font-family:'" + AccessiblePdf.FONT_FAMILY + "';font-size:8pt}}"
				+ "body{font-family:'" + AccessiblePdf.FONT_FAMILY + "';font-size:10pt}"
				+ "table{border-collapse:collapse;width:100%;table-layout:fixed;-fs-table-paginate:paginate}thead{display:table-header-group}"
				+ "tr{page-break-inside:avoid}th,td{border:1px solid #999;padding:3pt;text-align:left;vertical-align:top;font-size:8.5pt}"
				+ "tbody th{font-weight:normal}</style></head><body>" + body + "</body></html>";
	}

	private static String escape(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
