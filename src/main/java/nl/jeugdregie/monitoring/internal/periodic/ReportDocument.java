package nl.jeugdregie.monitoring.internal.periodic;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import org.jspecify.annotations.Nullable;

/**
 * A periodic report as shown on screen and exported to PDF and CSV (MON-2, MON-3, MON-5, MON-6): sections of
 * tables whose cells are already suppressed for publication (SEC-2), so every format shows the same figures.
 *
 * @param referenceDate the last day whose facts count: the period's end, or today for a running period
 * @param empty whether the period holds no facts at all: the report then says so explicitly
 */
public record ReportDocument(String title, String municipality, ReportPeriod period, boolean running,
		LocalDate referenceDate, String introduction, boolean empty, List<Section> sections) {

	/**
	 * A table: the first header names the row labels; {@code note} explains how the figures are counted. A
	 * section with {@code text} instead of rows holds written explanation (the half-yearly report).
	 */
	public record Section(String id, String title, @Nullable String note, List<String> headers, List<List<String>> rows,
			@Nullable String text) {

		public static Section table(String id, String title, @Nullable String note, List<String> headers,
				List<List<String>> rows) {
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
