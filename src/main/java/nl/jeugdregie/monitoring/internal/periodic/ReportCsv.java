package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;

/**
 * A periodic report as CSV in long form (one figure per line), semicolon-separated as Dutch spreadsheets
 * expect, with the same suppression as on screen (SEC-2): "< 5" stays "< 5".
 */
public final class ReportCsv {

	static final String HEADER = "gemeente;periode;van;tot;onderdeel;regel;kolom;waarde";

	private ReportCsv() {}

	public static String of(ReportDocument document) {
		var lines = new ArrayList<String>();
		lines.add(HEADER);
		var prefix = String.join(";", field(document.municipality()), document.period().code(),
				document.period().from().toString(), document.period().to().toString());
		for (var section : document.sections()) {
			if (section.hasText()) {
				lines.add(String.join(";", prefix, field(section.title()), "toelichting", "tekst", field(section.text())));
				continue;
			}
			for (var row : section.rows()) {
				for (var column = 1; column < row.size(); column++) {
					lines.add(String.join(";", prefix, field(section.title()), field(row.get(0)),
							field(section.headers().get(column)), field(row.get(column))));
				}
			}
		}
		return String.join("\r\n", lines) + "\r\n";
	}

	/** Quotes a value holding a separator, quote or line break, doubling inner quotes (RFC 4180). */
	static String field(String value) {
		return value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\""
				: value;
	}
}
