package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.platform.text.Labels;

/**
 * Turns true dashboard figures into what may be shown (SEC-2, ADR 0021): every count published through the
 * disclosure control, medians and averages only for groups with a published count of 5 or more, shares from
 * published counts; labelled in Dutch, with charts.
 */
final class DashboardPresenter {

	private static final Locale DUTCH = Locale.of("nl");

	private DashboardPresenter() {}

	static DashboardView present(DashboardFigures figures, String scopeName, DashboardView.Norms norms,
			Disclosure disclosure) {
		var total = figures.total();
		var days = Labels.text("text.monitoring.dashboard.unit.days");
		var requests = Labels.text("text.monitoring.dashboard.unit.requests");
		var registrations = count(disclosure, total.registrations());
		var figuresOfPeriod = List.of(
				figure("registrations", Labels.text("text.monitoring.dashboard.registrations"), registrations,
						Labels.text("text.monitoring.dashboard.unit.registrations"), Figure.NONE, "MON-1"),
				figure("waitingPastTerm", Labels.text("text.monitoring.dashboard.waitingPastTerm", norms.treatmentTermWeeks()),
						count(disclosure, figures.waitingPastTerm()), requests, Figure.NONE, "MON-1"),
				figure("medianWaitingDays", Labels.text("text.monitoring.dashboard.medianWaitingDays"),
						disclosure.derived(total.started(), figures.totalWait().percentile(50)), days,
						Figure.NONE, "MON-1"),
				figure("p90WaitingDays", Labels.text("text.monitoring.dashboard.p90WaitingDays"),
						disclosure.derived(total.started(), figures.totalWait().percentile(90)), days,
						Figure.NONE, "MON-1"),
				share(disclosure, "startedLate", Labels.text("text.monitoring.dashboard.startedLate", norms.treatmentTermWeeks()),
						total.startedLate(), total.started(), "MON-1"),
				share(disclosure, "overMaxConversations", Labels.text("text.monitoring.dashboard.overMaxConversations", norms.maxConversations()),
						total.overMaxConversations(), total.started(), "MON-1"),
				share(disclosure, "routesLate", Labels.text("text.monitoring.dashboard.routesLate", norms.leadTimeWeeks()),
						total.routesLate(), total.routesEnded(), "MON-1"),
				figure("routesPastLeadTime", Labels.text("text.monitoring.dashboard.routesPastLeadTime", norms.leadTimeWeeks()),
						count(disclosure, figures.routesPastLeadTime()), requests, Figure.NONE, "MON-1"),
				figure("averageRouteDays", Labels.text("text.monitoring.dashboard.averageRouteDays"),
						disclosure.derived(total.routesEnded(), average(total.routeDaysSum(), total.routesEnded())),
						days, Figure.NONE, "MON-1"),
				figure("averageLeadDays", Labels.text("text.monitoring.dashboard.averageLeadDays"),
						disclosure.derived(total.closed(), average(total.leadDaysSum(), total.closed())), days,
						Figure.NONE, "MON-1"),
				share(disclosure, "crisis", Labels.text("text.monitoring.dashboard.crisis"), total.crisis(), total.registrations(), "MON-1"),
				share(disclosure, "repeatsWithinYear", Labels.text("text.monitoring.dashboard.repeatsWithinYear"),
						total.repeats(), total.registrations(), "MON-7"),
				share(disclosure, "fromVeiligThuis", Labels.text("text.monitoring.dashboard.fromVeiligThuis"), total.fromVeiligThuis(),
						total.registrations(), "MON-10"));

		var triaged = total.triaged();
		var triageCounts = List.of(total.triageCjg(), total.triageSocialTeam(), total.triagePrecedingField(),
				total.triageSpecialised(), total.triageNoCare());
		var outcomes = List.of(TriageOutcome.CJG_TREATMENT, TriageOutcome.SOCIAL_TEAM, TriageOutcome.PRECEDING_FIELD,
				TriageOutcome.SPECIALISED_CARE, TriageOutcome.NO_CARE_NEEDED);
		var triage = new ArrayList<DashboardView.TriageLine>();
		for (var i = 0; i < outcomes.size(); i++) {
			triage.add(new DashboardView.TriageLine(outcomes.get(i).name(), outcomes.get(i).dutchName(),
					count(disclosure, triageCounts.get(i)), disclosure.percent(triageCounts.get(i), triaged)));
		}

		var months = figures.months();
		var rows = new ArrayList<DashboardView.MonthRow>();
		var medians = new ArrayList<BarChart.Point>();
		for (var month : months) {
			var c = month.counts();
			var median = disclosure.derived(c.started(), month.waiting().percentile(50));
			rows.add(new DashboardView.MonthRow(name(month.month()), count(disclosure, c.registrations()), median,
					disclosure.derived(c.started(), month.waiting().percentile(90)), count(disclosure, c.startedLate()),
					count(disclosure, c.overMaxConversations()), count(disclosure, c.routesLate()),
					count(disclosure, c.crisis()), count(disclosure, c.repeats()), count(disclosure, c.fromVeiligThuis())));
			medians.add(new BarChart.Point(shortName(month.month()), median));
		}
		var keyFigures = withTrends(figuresOfPeriod, months, rows, figures.referenceDate());
		var totalRow = new DashboardView.MonthRow(Labels.text("text.monitoring.dashboard.total"), registrations, keyFigures.get(2).value(),
				keyFigures.get(3).value(), count(disclosure, total.startedLate()),
				count(disclosure, total.overMaxConversations()), count(disclosure, total.routesLate()),
				count(disclosure, total.crisis()), count(disclosure, total.repeats()),
				count(disclosure, total.fromVeiligThuis()));
		var charts = List.of(
				BarChart.of("aanmeldingen", Labels.text("text.monitoring.dashboard.chart.registrations"),
						Labels.text("text.monitoring.dashboard.unit.registrations"),
						points(months, rows, DashboardView.MonthRow::registrations)),
				BarChart.of("wachttijd", Labels.text("text.monitoring.dashboard.chart.waiting"), days,
						medians),
				BarChart.of("te-laat", Labels.text("text.monitoring.dashboard.chart.startedLate", norms.treatmentTermWeeks()),
						requests, points(months, rows, DashboardView.MonthRow::startedLate)));
		var period = Labels.text("text.monitoring.dashboard.period", name(figures.scope().from()), name(figures.scope().to()));
		// Empty when nothing would be shown: decided on published counts, so it tells no more than the figures do.
		var empty = registrations.value() == 0 && keyFigures.get(1).value().value() == 0
				&& keyFigures.get(7).value().value() == 0;
		return new DashboardView(scopeName, period, figures.referenceDate(), empty, norms, keyFigures,
				triage, count(disclosure, triaged), rows, totalRow, charts, Legend.lines());
	}

	private static Figure count(Disclosure disclosure, Tally tally) {
		return Figure.of(disclosure.count(tally));
	}

	private static DashboardView.KeyFigure figure(String code, String label, Figure value, String unit, Figure share,
			String requirement) {
		return new DashboardView.KeyFigure(code, label, value, unit, share, requirement, null);
	}

	private static DashboardView.KeyFigure share(Disclosure disclosure, String code, String label, Tally count,
			Tally whole, String requirement) {
		return new DashboardView.KeyFigure(code, label, count(disclosure, count),
				Labels.text("text.monitoring.dashboard.unit.requests"),
				disclosure.percent(count, whole), requirement, null);
	}

	/**
	 * The month column behind each key figure that has one, and whether a rise is bad news. Figures measured on the
	 * reference date (the waiting list now) or as averages over the period have no month column and no trend.
	 */
	private static final Map<String, MonthColumn> MONTH_COLUMNS = Map.of(
			"registrations", new MonthColumn(DashboardView.MonthRow::registrations, false),
			"medianWaitingDays", new MonthColumn(DashboardView.MonthRow::medianWaitingDays, true),
			"p90WaitingDays", new MonthColumn(DashboardView.MonthRow::p90WaitingDays, true),
			"startedLate", new MonthColumn(DashboardView.MonthRow::startedLate, true),
			"overMaxConversations", new MonthColumn(DashboardView.MonthRow::overMaxConversations, true),
			"routesLate", new MonthColumn(DashboardView.MonthRow::routesLate, true),
			"crisis", new MonthColumn(DashboardView.MonthRow::crisis, false),
			"repeatsWithinYear", new MonthColumn(DashboardView.MonthRow::repeats, true),
			"fromVeiligThuis", new MonthColumn(DashboardView.MonthRow::fromVeiligThuis, false));

	private record MonthColumn(Function<DashboardView.MonthRow, Figure> figure, boolean higherIsWorse) {}

	/**
	 * Issue 13 item 9: each tile's trend compares the last two complete months of the period (a month still running
	 * on the reference date would always look like a fall), from the published month rows.
	 */
	private static List<DashboardView.KeyFigure> withTrends(List<DashboardView.KeyFigure> keyFigures,
			List<DashboardFigures.Month> months, List<DashboardView.MonthRow> rows, LocalDate referenceDate) {
		var complete = new ArrayList<Integer>();
		for (var i = 0; i < months.size(); i++) {
			if (months.get(i).month().atEndOfMonth().isBefore(referenceDate)) {
				complete.add(i);
			}
		}
		if (complete.size() < 2) {
			return keyFigures;
		}
		var earlier = complete.get(complete.size() - 2);
		var later = complete.get(complete.size() - 1);
		return keyFigures.stream().map(keyFigure -> {
			var column = MONTH_COLUMNS.get(keyFigure.code());
			if (column == null) {
				return keyFigure;
			}
			return keyFigure.withTrend(Trend.between(column.figure().apply(rows.get(earlier)),
					column.figure().apply(rows.get(later)), name(months.get(earlier).month()),
					name(months.get(later).month()), column.higherIsWorse()));
		}).toList();
	}

	private static List<BarChart.Point> points(List<DashboardFigures.Month> months, List<DashboardView.MonthRow> rows,
			Function<DashboardView.MonthRow, Figure> column) {
		var points = new ArrayList<BarChart.Point>();
		for (var i = 0; i < months.size(); i++) {
			points.add(new BarChart.Point(shortName(months.get(i).month()), column.apply(rows.get(i))));
		}
		return points;
	}

	private static Long average(long sum, Tally count) {
		return count.count() == 0 ? 0L : Math.round((double) sum / count.count());
	}

	static String name(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, DUTCH) + " " + month.getYear();
	}

	private static String shortName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.SHORT, DUTCH).replace(".", "") + " " + month.getYear();
	}
}
