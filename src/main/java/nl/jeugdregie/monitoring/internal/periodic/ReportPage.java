package nl.jeugdregie.monitoring.internal.periodic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a report page shows around its document: heading, the period form and the download links.
 *
 * @param fields the period form's inputs
 * @param query the chosen period as query string for the downloads, or null when there is no valid period
 */
public record ReportPage(String heading, String introduction, String path, List<Field> fields, @Nullable String query) {

	/** One input of the period form, with its current value and example. */
	public record Field(String name, String label, String hint, @Nullable String value, String type) {}

	public @Nullable String csvUrl() {
		return query == null ? null : path + ".csv?" + query;
	}

	public @Nullable String pdfUrl() {
		return query == null ? null : path + ".pdf?" + query;
	}
}
