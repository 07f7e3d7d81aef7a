package nl.jeugdregie.steering.internal.norms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Reads the provider's quarterly figures from a CSV file (STU-5): a header {@code norm;periode;waarde}, then one
 * row per norm and period, e.g. {@code ISW-3;2026-K3;83,5}. Every row is checked with the same rules as the form;
 * any problem refuses the whole file, named by row (the header is row 1) and column, so nothing is partly imported.
 */
public final class QuarterlyFiguresCsv {

	static final List<String> COLUMNS = List.of("norm", "periode", "waarde");
	static final int MAX_ROWS = 2000;
	private static final Map<String, String> COLUMN_OF_FIELD = Map.of(DeliveredFigurePolicy.PERIOD, "periode",
			DeliveredFigurePolicy.VALUE, "waarde", "", "norm");

	private final DeliveredFigurePolicy rules = new DeliveredFigurePolicy();

	/** A problem in the file: row 1 is the header; column is empty when the whole row is wrong. */
	public record CsvProblem(int row, String column, Refusal refusal) {

		/** The Dutch text with its place: "Regel 3, kolom waarde: ...". */
		public String message(OutcomeResponses responses) {
			var message = responses.message(refusal);
			if (row <= 0) {
				return message;
			}
			return column.isEmpty() ? responses.text("steering.csv.atRow", row, message)
					: responses.text("steering.csv.atCell", row, column, message);
		}
	}

	sealed interface Result {}

	record Accepted(List<ProposedFigure> figures) implements Result {}

	record Refused(List<CsvProblem> problems) implements Result {}

	Result read(String content, Function<String, Optional<Norm>> normByCode, LocalDate today,
			Collection<LocalDate> closedQuarters) {
		var lines = content.replace("\uFEFF", "").lines().toList();
		var problems = new ArrayList<CsvProblem>();
		if (lines.isEmpty() || !header(lines.getFirst())) {
			return new Refused(List.of(new CsvProblem(1, "", Refusal.of("file", "steering.refusal.csv.header", String.join(";", COLUMNS)))));
		}
		if (lines.size() - 1 > MAX_ROWS) {
			return new Refused(List.of(new CsvProblem(0, "", Refusal.of("file", "steering.refusal.csv.tooManyRows", MAX_ROWS))));
		}
		var figures = new ArrayList<ProposedFigure>();
		var seen = new HashSet<String>();
		for (int index = 1; index < lines.size(); index++) {
			var row = index + 1;
			var line = lines.get(index);
			if (line.isBlank()) {
				continue;
			}
			var cells = line.split(";", -1);
			if (cells.length != COLUMNS.size()) {
				problems.add(new CsvProblem(row, "", Refusal.of("file", "steering.refusal.csv.columnCount", COLUMNS.size(), cells.length)));
				continue;
			}
			var norm = normByCode.apply(cells[0].strip().toUpperCase(Locale.ROOT));
			if (norm.isEmpty()) {
				problems.add(new CsvProblem(row, "norm", Refusal.of("file", "steering.refusal.csv.unknownNorm", cells[0].strip())));
				continue;
			}
			switch (rules.check(norm.get(), cells[1], cells[2], today, closedQuarters)) {
				case DeliveredFigurePolicy.Refused refused -> refused.refusals().forEach(refusal -> problems
						.add(new CsvProblem(row, COLUMN_OF_FIELD.getOrDefault(refusal.field(), ""), refusal)));
				case DeliveredFigurePolicy.Accepted accepted -> {
					var key = norm.get().code() + "|" + accepted.figure().period().start();
					if (!seen.add(key)) {
						problems.add(new CsvProblem(row, "periode", Refusal.of("file", "steering.refusal.csv.duplicate",
								norm.get().code(), accepted.figure().period().label())));
					}
					figures.add(accepted.figure());
				}
			}
		}
		if (problems.isEmpty() && figures.isEmpty()) {
			problems.add(new CsvProblem(2, "", Refusal.of("file", "steering.refusal.csv.empty")));
		}
		return problems.isEmpty() ? new Accepted(List.copyOf(figures)) : new Refused(List.copyOf(problems));
	}

	private static boolean header(String line) {
		var cells = line.split(";", -1);
		if (cells.length != COLUMNS.size()) {
			return false;
		}
		for (int i = 0; i < cells.length; i++) {
			if (!cells[i].strip().toLowerCase(Locale.ROOT).equals(COLUMNS.get(i))) {
				return false;
			}
		}
		return true;
	}
}
