package nl.jeugdregie.allocation.internal.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Semicolon-separated lines as Dutch spreadsheets write them: a header line, fields optionally in double quotes
 * (a quote inside doubled), empty lines skipped. Line numbers count from 1 at the header, as a spreadsheet shows.
 */
final class CsvLines {

	record Line(int number, List<String> fields) {

		String field(int index) {
			return index < fields.size() ? fields.get(index).strip() : "";
		}
	}

	private CsvLines() {}

	/** The data lines after the header. */
	static List<Line> dataLines(String text) {
		var lines = new ArrayList<Line>();
		var raw = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
		for (var index = 1; index < raw.length; index++) {
			if (!raw[index].isBlank()) {
				lines.add(new Line(index + 1, fields(raw[index])));
			}
		}
		return lines;
	}

	static String header(String text) {
		var raw = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", 2);
		return raw[0].strip();
	}

	static List<String> fields(String line) {
		var fields = new ArrayList<String>();
		var current = new StringBuilder();
		var quoted = false;
		for (var i = 0; i < line.length(); i++) {
			var c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					current.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				fields.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		fields.add(current.toString());
		return fields;
	}

	/** A field for writing: quoted when it holds a separator, quote or line break; formula starts neutralised. */
	static String quote(String value) {
		var safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}
}
