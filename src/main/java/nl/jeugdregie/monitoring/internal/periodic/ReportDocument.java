package nl.jeugdregie.monitoring.internal.periodic;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/**
 * A periodic report as shown on screen and exported to PDF and CSV (MON-2, MON-3, MON-5, MON-6): sections of
 * tables whose cells are already published through the disclosure control (SEC-2, ADR 0021), so every format shows
 * the same figures, with the legend of the published counts and marks.
 *
 * @param referenceDate the last day whose facts count: the period's end, or today for a running period
 * @param empty whether the period holds no facts at all: the report then says so explicitly
 */
public record ReportDocument(String title, String municipality, ReportPeriod period, boolean running,
		LocalDate referenceDate, String introduction, boolean empty, List<Section> sections, List<String> legend) {

	/**
	 * One cell: its text as shown, the number in it (for the CSV's number column) and the mark of a left-out figure.
	 * {@link #toString()} is the text, so templates print a cell as it is.
	 */
	@Schema(name = "ReportCell")
	public record Cell(String text, @Nullable Long number, @Nullable String mark) {

		public static Cell text(String text) {
			return new Cell(text, null, null);
		}

		/** A published count. */
		public static Cell count(long published) {
			return new Cell(DutchFormat.number(published), published, null);
		}

		/** A figure with a unit after its number ("35%", "12 dagen"), or its mark. */
		public static Cell figure(Figure figure, String unit) {
			if (figure.suppressed() || figure.value() == null) {
				return new Cell(figure.text(), null, figure.mark());
			}
			return new Cell(DutchFormat.number(figure.value()) + unit, figure.value(), null);
		}

		@Override
		public String toString() {
			return text;
		}
	}

	/**
	 * A table: the first header names the row labels; {@code note} explains how the figures are counted. A
	 * section with {@code text} instead of rows holds written explanation (the half-yearly report).
	 */
	public record Section(String id, String title, @Nullable String note, List<String> headers, List<List<Cell>> rows,
			@Nullable String text) {

		public static Section table(String id, String title, @Nullable String note, List<String> headers,
				List<List<Cell>> rows) {
			return new Section(id, title, note, headers, rows, null);
		}

		static Section text(String id, String title, @Nullable String note, String text) {
			return new Section(id, title, note, List.of(), List.of(), text);
		}

		public boolean hasText() {
			return text != null;
		}
	}
}
