package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;

/**
 * A periodic report as CSV in long form (one figure per line), semicolon-separated as Dutch spreadsheets
 * expect, with the same published figures as on screen (SEC-2, ADR 0021): the number in {@code waarde} (or the text
 * of a text cell), the mark of a left-out figure in {@code markering}, so a spreadsheet can sum the numbers; the
 * legend follows as lines of the part "Legenda".
 */
public final class ReportCsv {

	static final String HEADER = "gemeente;periode;van;tot;onderdeel;regel;kolom;waarde;markering";

	private ReportCsv() {}

	public static String of(ReportDocument document) {
		var lines = new ArrayList<String>();
		lines.add(HEADER);
		var prefix = String.join(";", field(document.municipality()), document.period().code(),
				document.period().from().toString(), document.period().to().toString());
		for (var section : document.sections()) {
			if (section.hasText()) {
				lines.add(String.join(";", prefix, field(section.title()), "toelichting", "tekst", field(section.text()), ""));
				continue;
			}
			for (var row : section.rows()) {
				for (var column = 1; column < row.size(); column++) {
					var cell = row.get(column);
					var value = cell.number() != null ? cell.number().toString() : cell.mark() != null ? "" : cell.text();
					lines.add(String.join(";", prefix, field(section.title()), field(row.get(0).text()),
							field(section.headers().get(column)), field(value), cell.mark() == null ? "" : cell.mark()));
				}
			}
		}
		for (var i = 0; i < document.legend().size(); i++) {
			lines.add(String.join(";", prefix, "Legenda", Integer.toString(i + 1), "uitleg",
					field(document.legend().get(i)), ""));
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
