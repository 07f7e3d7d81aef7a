package nl.jeugdregie.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

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
		return write(withPageRules(xhtml, null), what);
	}

	/**
	 * As {@link #render(String, String)}, with the footer's text and "Pagina n van m" at the foot of every page.
	 */
	public static byte[] render(String xhtml, String what, PdfFooter footer) {
		return write(withPageRules(xhtml, footer), what);
	}

	/**
	 * Page rules for every PDF (issue 13 item 9): A4 with room for the foot, page numbers, a heading never alone
	 * at the bottom of a page, table rows and list items not split, table headers repeated on each page.
	 */
	static String withPageRules(String xhtml, @Nullable PdfFooter footer) {
		var foot = "font-family:'" + FONT_FAMILY + "';font-size:8pt;color:#333333;";
		var rules = "<style>@page{size:A4;margin:18mm 16mm 22mm 16mm;"
				+ (footer == null ? "" : "@bottom-left{content:" + cssString(footer.text()) + ";" + foot + "width:62%}")
				+ "@bottom-right{content:" + (footer == null ? "" : cssString(footer.created() + " · ") + " ")
				+ "\"Pagina \" counter(page) \" van \" counter(pages);" + foot + "width:38%;text-align:right}}"
				+ "h1,h2,h3,h4{page-break-after:avoid;break-after:avoid}"
				+ "tr,li,dt,dd{page-break-inside:avoid;break-inside:avoid}"
				+ "thead{display:table-header-group}</style>";
		var head = xhtml.indexOf("</head>");
		return head < 0 ? xhtml : xhtml.substring(0, head) + rules + xhtml.substring(head);
	}

	/** A CSS string literal: backslashes, quotes and line breaks escaped. */
	private static String cssString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("&", "\\26 ").replace("<", "\\3c ")
				.replaceAll("[\r\n]+", " ") + "\"";
	}

	private static byte[] write(String xhtml, String what) {
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
