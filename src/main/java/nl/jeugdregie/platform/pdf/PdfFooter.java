package nl.jeugdregie.platform.pdf;

import java.time.LocalDate;
import java.util.Objects;
import nl.jeugdregie.platform.format.DutchFormat;

/**
 * What every page of a report PDF says at its foot (issue 13 item 9): the municipality, the title, the period and
 * the day the PDF was made; {@link AccessiblePdf} adds "Pagina n van m".
 */
public record PdfFooter(String municipality, String title, String period, LocalDate createdOn) {

	public PdfFooter {
		Objects.requireNonNull(createdOn, "createdOn");
		if (municipality.isBlank() || title.isBlank() || period.isBlank()) {
			throw new IllegalArgumentException("A PDF footer names the municipality, the title and the period");
		}
	}

	/** The text on the left of every page's foot: which municipality, which report, which period. */
	public String text() {
		var gemeente = municipality.startsWith("Gemeente ") ? municipality : "Gemeente " + municipality;
		return gemeente + " · " + title + " · " + period;
	}

	/** On the right of every page's foot, before the page number: the day the PDF was made. */
	public String created() {
		return "gemaakt op " + DutchFormat.date(createdOn);
	}
}
