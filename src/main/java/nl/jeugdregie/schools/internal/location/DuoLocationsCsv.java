package nl.jeugdregie.schools.internal.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads a CSV of school locations in the layout of DUO's open data on locations ("Adressen vestigingen"):
 * separator {@code ;}, a header row, columns found by name (order free, other columns ignored). Columns read:
 * <ul>
 * <li>{@code INSTELLINGSCODE} – the BRIN (2 digits, 2 letters);</li>
 * <li>{@code VESTIGINGSCODE} – the location: 2 digits, or DUO's 6-character form (BRIN + 2 digits);</li>
 * <li>{@code VESTIGINGSNAAM}, {@code STRAATNAAM}, {@code HUISNUMMER-TOEVOEGING}, {@code POSTCODE}, {@code PLAATSNAAM};</li>
 * <li>{@code SOORT} – not in DUO's address file (it differs per DUO file): BAO, SBO, SO, VO, VSO or KO;</li>
 * <li>{@code LEERLINGEN} – the number of pupils (DUO publishes it in its pupil-count file).</li>
 * </ul>
 * Every row is checked with the same rules as the form; a problem is named by row and column. Nothing is saved when
 * any row is refused (ADR 0028).
 */
final class DuoLocationsCsv {

	static final List<String> COLUMNS = List.of("INSTELLINGSCODE", "VESTIGINGSCODE", "VESTIGINGSNAAM", "STRAATNAAM",
			"HUISNUMMER-TOEVOEGING", "POSTCODE", "PLAATSNAAM", "SOORT", "LEERLINGEN");

	private static final Map<String, SchoolType> TYPES = Map.of("BAO", SchoolType.PRIMARY, "SBO", SchoolType.SPECIAL_PRIMARY,
			"SO", SchoolType.SPECIAL, "VO", SchoolType.SECONDARY, "VSO", SchoolType.SPECIAL_SECONDARY, "KO", SchoolType.CHILDCARE);

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("brin", "INSTELLINGSCODE", "locationNumber",
			"VESTIGINGSCODE", "name", "VESTIGINGSNAAM", "street", "STRAATNAAM", "houseNumber", "HUISNUMMER-TOEVOEGING",
			"postcode", "POSTCODE", "city", "PLAATSNAAM", "type", "SOORT", "pupils", "LEERLINGEN");

	private DuoLocationsCsv() {}

	/** One row of the file and its line number (the header is line 1). */
	record Row(int line, LocationDraft draft) {}

	/** The rows, or the refusals naming each row and column that is wrong. */
	record Parsed(List<Row> rows, List<Refusal> refusals) {}

	static Parsed parse(String text, LocalDate today) {
		var lines = text.replace("\uFEFF", "").lines().toList();
		if (lines.isEmpty() || lines.getFirst().isBlank()) {
			return new Parsed(List.of(), List.of(Refusal.of("file", "schools.import.empty")));
		}
		var header = split(lines.getFirst());
		var index = new HashMap<String, Integer>();
		for (int i = 0; i < header.size(); i++) {
			index.put(header.get(i).strip().toUpperCase(Locale.ROOT), i);
		}
		var missing = COLUMNS.stream().filter(column -> !index.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			return new Parsed(List.of(), List.of(Refusal.of("file", "schools.import.columns", String.join(", ", missing))));
		}
		var rows = new ArrayList<Row>();
		var refusals = new ArrayList<Refusal>();
		for (int n = 1; n < lines.size(); n++) {
			if (lines.get(n).isBlank()) {
				continue;
			}
			var cells = split(lines.get(n));
			var line = n + 1;
			var brin = cell(cells, index, "INSTELLINGSCODE").toUpperCase(Locale.ROOT);
			var location = cell(cells, index, "VESTIGINGSCODE").toUpperCase(Locale.ROOT);
			if (location.length() == 6 && location.startsWith(brin)) {
				location = location.substring(4);
			}
			var typeCode = cell(cells, index, "SOORT").toUpperCase(Locale.ROOT);
			var pupilsText = cell(cells, index, "LEERLINGEN");
			Integer pupils;
			try {
				pupils = pupilsText.isEmpty() ? null : Integer.valueOf(pupilsText);
			}
			catch (NumberFormatException notANumber) {
				pupils = null;
			}
			var draft = new LocationDraft(cell(cells, index, "VESTIGINGSNAAM"), brin, location,
					cell(cells, index, "STRAATNAAM"), cell(cells, index, "HUISNUMMER-TOEVOEGING"),
					cell(cells, index, "POSTCODE"), cell(cells, index, "PLAATSNAAM"), TYPES.get(typeCode), pupils,
					new ConnectionDraft(ConnectionType.BASIS, today, null, false));
			var problems = LocationPolicy.location(draft, today);
			for (var problem : problems) {
				var column = COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field());
				refusals.add(Refusal.of("file", "schools.import.row", line, column,
						new DefaultMessageSourceResolvable(new String[] { problem.code() }, problem.arguments().toArray(),
								problem.code())));
			}
			if (problems.isEmpty()) {
				rows.add(new Row(line, draft));
			}
		}
		if (rows.isEmpty() && refusals.isEmpty()) {
			refusals.add(Refusal.of("file", "schools.import.empty"));
		}
		return new Parsed(rows, refusals);
	}

	private static String cell(List<String> cells, Map<String, Integer> index, String column) {
		var i = index.get(column);
		return i == null || i >= cells.size() ? "" : cells.get(i).strip();
	}

	/** Splits one line on {@code ;}, honouring double quotes as DUO's files use them. */
	static List<String> split(String line) {
		var cells = new ArrayList<String>();
		var current = new StringBuilder();
		var quoted = false;
		for (int i = 0; i < line.length(); i++) {
			var c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ';' && !quoted) {
				cells.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		cells.add(current.toString());
		return cells;
	}
}
