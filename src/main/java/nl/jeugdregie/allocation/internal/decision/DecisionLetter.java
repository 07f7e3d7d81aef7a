package nl.jeugdregie.allocation.internal.decision;

import java.util.List;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.pdf.AccessiblePdf;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-1: the decision letter (beschikking) for the family, in plain Dutch (B1), as an accessible PDF: what was
 * decided, from which provider, how much and how long, in kind or as a personal budget, the legal basis (Jeugdwet)
 * and how to object (bezwaar within six weeks, Awb). It names the file number, not the child: the municipality's
 * letter template adds the address.
 */
final class DecisionLetter {

	private DecisionLetter() {}

	static byte[] pdf(String municipalityName, String fileNumber, DecisionRecords.Decision decision,
			List<Allocation> allocations, List<DecisionRecords.Transfer> transfers) {
		return AccessiblePdf.render(html(municipalityName, fileNumber, decision, allocations, transfers), "The decision letter");
	}

	static String html(String municipalityName, String fileNumber, DecisionRecords.Decision decision,
			List<Allocation> allocations, List<DecisionRecords.Transfer> transfers) {
		var title = "Besluit over jeugdhulp";
		var body = new StringBuilder()
				.append("<p>").append(escape(municipalityName)).append("<br/>Datum: ")
				.append(DutchFormat.longDate(decision.decidedOn())).append("<br/>Dossier: ").append(escape(fileNumber))
				.append("</p>")
				.append("<h1>").append(title).append("</h1>")
				.append("<p>Beste ouder, verzorger of jongere,</p>")
				.append("<p>U heeft met ons en de jeugdhulpaanbieder afspraken gemaakt over hulp. In deze brief leest u wat wij "
						+ "hebben besloten. U krijgt deze hulp.</p>")
				.append("<h2>Wat krijgt u?</h2><table><thead><tr><th scope=\"col\">Toewijzingsnummer</th>"
						+ "<th scope=\"col\">Hulp</th><th scope=\"col\">Aanbieder</th><th scope=\"col\">Hoeveel</th>"
						+ "<th scope=\"col\">Van</th><th scope=\"col\">Tot en met</th></tr></thead><tbody>");
		for (var allocation : allocations) {
			body.append("<tr><td>").append(allocation.number()).append("</td><td>").append(escape(allocation.productLabel()))
					.append("</td><td>").append(escape(allocation.providerName())).append("</td><td>")
					.append(allocation.volume()).append(' ').append(escape(allocation.unit().dutchName().toLowerCase()))
					.append(' ').append(escape(allocation.frequency().dutchName().toLowerCase())).append("</td><td>")
					.append(DutchFormat.date(allocation.period().from())).append("</td><td>")
					.append(DutchFormat.date(allocation.period().until())).append("</td></tr>");
		}
		body.append("</tbody></table>");
		if (!transfers.isEmpty()) {
			// TOEW-8: the extension of this help is given by the CJG itself, not by the provider.
			body.append("<h2>Hulp van het Centrum Jeugd en Gezin</h2><p>Deze hulp krijgt u voortaan van het Centrum Jeugd en "
					+ "Gezin zelf, niet meer van de aanbieder:</p><ul>");
			for (var transfer : transfers) {
				body.append("<li>").append(escape(transfer.productLabel())).append(", van ")
						.append(DutchFormat.date(transfer.period().from())).append(" tot en met ")
						.append(DutchFormat.date(transfer.period().until())).append("</li>");
			}
			body.append("</ul>");
		}
		body.append("<h2>Hoe wordt de hulp betaald?</h2><p>")
				.append(decision.financing() == Financing.IN_KIND
						? "Zorg in natura. De gemeente betaalt de aanbieder. U hoeft zelf niets te betalen."
						: "Met een persoonsgebonden budget (pgb). U regelt de hulp zelf en betaalt die uit het budget. "
								+ "De Sociale Verzekeringsbank betaalt de rekeningen voor u.")
				.append("</p>")
				.append("<h2>Waarom krijgt u deze hulp?</h2><p>").append(escape(route(decision))).append(". ")
				.append("Wij besluiten dit op grond van de Jeugdwet, artikel 2.3: de gemeente zorgt voor jeugdhulp als een "
						+ "jongere of ouder die nodig heeft. De hulp duurt nooit langer dan in deze brief staat. Is daarna nog "
						+ "hulp nodig? Dan bespreken wij dat op tijd met u.</p>")
				.append("<h2>Bent u het niet eens met dit besluit?</h2>")
				.append("<p>Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de datum van deze brief. Zo staat het in de "
						+ "Algemene wet bestuursrecht (Awb), artikel 6:7. Schrijf in uw brief uw naam en adres, de datum, het "
						+ "dossiernummer, waarom u het niet eens bent, en zet uw handtekening eronder. Stuur de brief aan het "
						+ "college van burgemeester en wethouders van ").append(escape(municipalityName)).append(".</p>")
				.append("<p>Heeft u vragen? Bel of mail uw contactpersoon van het Centrum Jeugd en Gezin.</p>")
				.append("<p>Met vriendelijke groet,<br/>het college van burgemeester en wethouders van ")
				.append(escape(municipalityName)).append("</p>");
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/><meta name=\"subject\" content=\"" + title
				+ " " + escape(fileNumber) + "\"/><title>" + title + "</title>"
				+ "<style>body{font-family:'" + AccessiblePdf.FONT_FAMILY + "';font-size:12pt;line-height:1.4}"
				+ "h1{font-size:20pt}h2{font-size:15pt;margin-top:16pt}table{border-collapse:collapse;width:100%}"
				+ "th,td{border:1px solid #777;padding:4pt;text-align:left;vertical-align:top;font-size:10pt}</style></head><body>"
				+ body + "</body></html>";
	}

	private static String route(DecisionRecords.Decision decision) {
		return switch (decision.legalRoute()) {
			case ACCESS_TEAM -> "Het toegangsteam van de gemeente heeft samen met u bekeken welke hulp nodig is";
			case GENERAL_PRACTITIONER -> "Uw huisarts heeft u verwezen naar deze hulp";
			case YOUTH_DOCTOR -> "De jeugdarts heeft u verwezen naar deze hulp";
			case MEDICAL_SPECIALIST -> "Een medisch specialist heeft u verwezen naar deze hulp";
			case CERTIFIED_INSTITUTION -> "De gecertificeerde instelling heeft besloten dat deze hulp nodig is";
		};
	}

	private static String escape(@Nullable String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
