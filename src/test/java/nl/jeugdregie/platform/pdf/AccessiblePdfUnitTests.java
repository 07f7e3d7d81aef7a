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
}
