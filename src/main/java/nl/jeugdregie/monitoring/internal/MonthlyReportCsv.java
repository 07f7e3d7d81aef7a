package nl.jeugdregie.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;

/**
 * The monthly report as CSV for the monthly delivery to the municipality (TOE-9, MON-1): one row per team,
 * term and group, semicolon-separated as Dutch spreadsheets expect, with the same published figures as on screen
 * (SEC-2): numbers and marks in separate columns so a spreadsheet can sum them, the legend after the rows.
 */
final class MonthlyReportCsv {

	static final String HEADER = "gemeente;maand;peildatum;team;termijn;groep;aantal;weken_samen;"
			+ "weken_samen_markering;langste_weken;langste_weken_markering";

	private record Group(String term, String name, Function<MonthlyWaitingReport.Line, MonthlyWaitingReport.Figures> figures) {}

	private static final List<Group> GROUPS = List.of(
			new Group("wachttijd tot eerste gesprek", "te laat in behandeling in maand", MonthlyWaitingReport.Line::startedLate),
			new Group("wachttijd tot eerste gesprek", "nog wachtend op peildatum", MonthlyWaitingReport.Line::stillWaiting),
			new Group("doorlooptijd toeleiding naar zorg", "te laat afgerond in maand", MonthlyWaitingReport.Line::routeEndedLate),
			new Group("doorlooptijd toeleiding naar zorg", "nog lopend op peildatum", MonthlyWaitingReport.Line::routeStillRunning));

	private MonthlyReportCsv() {}

	static String of(MonthlyWaitingReport report) {
		var lines = new ArrayList<String>();
		lines.add(HEADER);
		var all = new ArrayList<>(report.teams());
		all.add(report.total());
		for (var line : all) {
			for (var group : GROUPS) {
				var figures = group.figures().apply(line);
				lines.add(String.join(";", field(report.municipality()), report.month().toString(),
						report.referenceDate().toString(), field(line.name()), group.term(), group.name(),
						number(figures.count()), number(figures.weeks()), mark(figures.weeks()),
						number(figures.maxWeeks()), mark(figures.maxWeeks())));
			}
		}
		lines.add("");
		report.legend().forEach(line -> lines.add("# " + line));
		return String.join("\r\n", lines) + "\r\n";
	}

	private static String number(Figure figure) {
		return figure.value() == null ? "" : Long.toString(figure.value());
	}

	private static String mark(Figure figure) {
		return figure.mark() == null ? "" : figure.mark();
	}

	/** Quotes a name when it holds a separator or quote, doubling inner quotes (RFC 4180). */
	private static String field(String value) {
		return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
