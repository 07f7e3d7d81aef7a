package nl.jeugdregie.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML document to an accessible PDF (PDF/UA, WCAG 2.1 AA): tagged structure from the HTML (headings,
 * lists, tables with header cells), the document title from {@code <title>}, the language from
 * {@code <html lang>} and the bundled DejaVu Sans font embedded, so the text is real, selectable text. Every PDF of
 * the product goes through here (ADR 0016). Style text with {@code font-family: 'DejaVu Sans'} ({@link #FONT_FAMILY}):
 * PDF/UA forbids the non-embedded standard fonts, and openhtmltopdf writes no text in them in PDF/UA mode.
 */
public final class AccessiblePdf {

	/** The CSS font family the bundled, embedded font is registered under. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	// Read once: the fonts are immutable and about 1.5 MB together.
	private static final byte[] REGULAR = font("DejaVuSans.ttf");
	private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

	private AccessiblePdf() {}

	/**
	 * @param xhtml a well-formed XHTML document with {@code <html lang="nl">}, a {@code <title>} and a {@code <meta name="subject">} (the description PDF/UA asks for)
	 * @param what  what is being written, for the error message
	 */
	public static byte[] render(String xhtml, String what) {
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(what + " could not be written as PDF", e);
		}
	}

	private static byte[] font(String file) {
		try (var in = AccessiblePdf.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Bundled font missing: " + file);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Bundled font unreadable: " + file, e);
		}
	}
}
