package nl.jeugdregie.audit.internal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2: the AVG article 15 overview as PDF, for a long history. */
@DisplayName("SEC-2: the overview PDF numbers its pages and explains every reason")
class AccessOverviewPdfUnitTests {

	@Test
	void numbersEveryPageOfALongOverview() throws Exception {
		var lines = new ArrayList<OverviewLine>();
		for (var i = 0; i < 60; i++) {
			lines.add(new OverviewLine(Instant.parse("2026-10-01T08:00:00Z").plusSeconds(i * 3_600L), "Sanne de Wit",
					"Jeugdprofessional", "CJG Oss Noord", "Gemeente Oss", "Hulpvraag HV-0828-2026-000123",
					"Hulpvraag geopend", null, OverviewLine.ALLOWED));
		}
		var overview = new AccessOverview("Oss", Instant.parse("2026-11-16T09:00:00Z"), "BSN •••••782",
				List.of("Hulpvraag HV-0828-2026-000123"), lines);

		try (var document = Loader.loadPDF(AccessOverviewPdf.of(overview))) {
			var pages = document.getNumberOfPages();
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

			assertThat(pages).isGreaterThan(1);
			assertThat(text).contains("Pagina 1 van " + pages).contains("Pagina " + pages + " van " + pages)
					.contains("Gemeente Oss. Gemaakt op 16 november 2026, voor BSN •••••782.")
					.contains("1-10-2026 10:00");
		}
	}

	@Test
	void saysWhyThereIsNoReason() {
		var own = new OverviewLine(Instant.EPOCH, "Sanne de Wit", "Jeugdprofessional", "CJG Oss Noord", "Gemeente Oss",
				"Hulpvraag HV-0828-2026-000123", "Hulpvraag geopend", null, OverviewLine.ALLOWED);
		var refused = new OverviewLine(Instant.EPOCH, "Medewerker van gemeente Bernheze", "Jeugdprofessional",
				OverviewLine.OTHER, "Gemeente Bernheze", "Hulpvraag HV-0828-2026-000123", "Hulpvraag opvragen geweigerd",
				null, OverviewLine.REFUSED);
		var given = new OverviewLine(Instant.EPOCH, "Ruud Smits", "Jeugdprofessional", "CJG Oss Zuid", "Gemeente Oss",
				"Hulpvraag HV-0828-2026-000123", "Hulpvraag geopend", "Waarneming", OverviewLine.ALLOWED);

		assertThat(own.reasonText()).isEqualTo("Geen reden nodig: eigen team");
		assertThat(refused.reasonText()).isEqualTo("Geen reden gegeven");
		assertThat(given.reasonText()).isEqualTo("Waarneming");
	}
}
