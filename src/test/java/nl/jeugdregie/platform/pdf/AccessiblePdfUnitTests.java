package nl.jeugdregie.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AccessiblePdfUnitTests {

	private static final String HTML = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"/>"
			+ "<meta name=\"subject\" content=\"Overzicht van de coördinatie\"/><title>Overzicht van de coördinatie</title><style>body{font-family:'" + AccessiblePdf.FONT_FAMILY
			+ "'}</style></head><body><h1>Overzicht van de coördinatie</h1><p>Zoë betaalt <strong>€ 12,50</strong>.</p>"
			+ "<table><tr><th scope=\"col\">Team</th><th scope=\"col\">Bedrag</th></tr>"
			+ "<tr><th scope=\"row\">Noord</th><td>€ 3</td></tr></table></body></html>";

	@Test
	void writesATaggedDocumentWithDutchLanguageAndTitle() throws IOException {
		try (var pdf = Loader.loadPDF(AccessiblePdf.render(HTML, "The test document"))) {
			var catalog = pdf.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).startsWith("nl");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Overzicht van de coördinatie");
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
		}
	}

	@Test
	void embedsEveryFont() throws IOException {
		try (var pdf = Loader.loadPDF(AccessiblePdf.render(HTML, "The test document"))) {
			assertThat(fontsEmbedded(pdf)).isGreaterThan(0);
		}
	}

	@Test
	void keepsRealTextIncludingDutchCharacters() throws IOException {
		try (var pdf = Loader.loadPDF(AccessiblePdf.render(HTML, "The test document"))) {
			// By position: in PDF/UA mode the text after an inline element may come earlier in the content stream;
			// readers follow the structure tree, which has the right order.
			var stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			var text = stripper.getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Overzicht van de coördinatie", "Zoë betaalt € 12,50", "Noord", "€ 3");
		}
	}

	/** Counts the fonts on all pages, failing on the first one that is not embedded. */
	private static int fontsEmbedded(PDDocument pdf) throws IOException {
		var count = 0;
		for (var page : pdf.getPages()) {
			var resources = page.getResources();
			for (var name : resources.getFontNames()) {
				var font = resources.getFont(name);
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				count++;
			}
		}
		return count;
	}

	@Test
	@org.junit.jupiter.api.DisplayName("Issue 13 item 9: every page's foot names municipality, title, period and creation date, and numbers the page")
	void printsTheFooterAndPageNumbersOnEveryPage() throws IOException {
		var rows = new StringBuilder();
		for (var i = 0; i < 120; i++) {
			rows.append("<tr><th scope=\"row\">Regel ").append(i).append("</th><td>").append(i).append("</td></tr>");
		}
		var html = HTML.replace("</table>", rows + "</table>");
		var footer = new PdfFooter("Testgemeente", "Maandrapportage wachttermijn", "oktober 2026",
				java.time.LocalDate.of(2026, 11, 16));
		try (var pdf = Loader.loadPDF(AccessiblePdf.render(html, "The test document", footer))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			var stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (var page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				var text = stripper.getText(pdf).replaceAll("\\s+", " ");
				assertThat(text).as("page %d", page)
						.contains("Gemeente Testgemeente · Maandrapportage wachttermijn · oktober 2026")
						.contains("gemaakt op 16-11-2026 · Pagina " + page + " van " + pdf.getNumberOfPages());
			}
		}
	}

	@Test
	@org.junit.jupiter.api.DisplayName("Issue 13 item 9: a heading is never left alone at the bottom of a page")
	void keepsHeadingsWithTheTextAfterThem() {
		var html = AccessiblePdf.withPageRules(HTML, null);

		assertThat(html).contains("h1,h2,h3,h4{page-break-after:avoid", "tr,li,dt,dd{page-break-inside:avoid",
				"counter(page)", "counter(pages)");
		assertThat(html.indexOf("counter(pages)")).isLessThan(html.indexOf("</head>"));
	}

	@Test
	void escapesTheFooterTextForCss() {
		var html = AccessiblePdf.withPageRules(HTML, new PdfFooter("Bergen \"NH\" & Egmond", "Rapport", "2026",
				java.time.LocalDate.of(2026, 1, 2)));

		assertThat(html).contains("content:\"Gemeente Bergen \\\"NH\\\" \\26  Egmond · Rapport · 2026\"",
				"content:\"gemaakt op 2-1-2026 · \" \"Pagina \" counter(page)");
	}
}
