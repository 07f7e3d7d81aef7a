package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import nl.jeugdregie.intake.TriageOutcome;

/** Turns raw dashboard figures into what may be shown: suppressed, labelled in Dutch, with charts. */
final class DashboardPresenter {

	private static final Locale DUTCH = Locale.of("nl");

	private DashboardPresenter() {}

	static DashboardView present(DashboardFigures figures, String scopeName, DashboardView.Norms norms) {
		var total = figures.total();
		var registrations = Shown.count(total.registrations());
		var keyFigures = List.of(
				figure("registrations", "Aanmeldingen", registrations, "aanmeldingen", Shown.NOT_AVAILABLE, "MON-1"),
				figure("waitingPastTerm", "Wachtlijst: wacht nu langer dan " + norms.treatmentTermWeeks() + " weken",
						Shown.count(figures.waitingPastTerm()), "hulpvragen", Shown.NOT_AVAILABLE, "MON-1"),
				figure("medianWaitingDays", "Wachttijd tot eerste gesprek, mediaan",
						Shown.derived(total.started(), figures.totalWait().percentile(50)), "dagen",
						Shown.NOT_AVAILABLE, "MON-1"),
				figure("p90WaitingDays", "Wachttijd tot eerste gesprek, 90e percentiel",
						Shown.derived(total.started(), figures.totalWait().percentile(90)), "dagen",
						Shown.NOT_AVAILABLE, "MON-1"),
				share("startedLate", "Later dan " + norms.treatmentTermWeeks() + " weken in behandeling",
						total.startedLate(), Shown.count(total.started()), "MON-1"),
				share("overMaxConversations", "Meer dan " + norms.maxConversations() + " gesprekken",
						total.overMaxConversations(), Shown.count(total.started()), "MON-1"),
				share("routesLate", "Toeleiding langer dan " + norms.leadTimeWeeks() + " weken (afgerond)",
						total.routesLate(), Shown.count(total.routesEnded()), "MON-1"),
				figure("routesPastLeadTime", "Toeleiding loopt nu langer dan " + norms.leadTimeWeeks() + " weken",
						Shown.count(figures.routesPastLeadTime()), "hulpvragen", Shown.NOT_AVAILABLE, "MON-1"),
				figure("averageRouteDays", "Doorlooptijd toeleiding naar zorg, gemiddeld",
						Shown.derived(total.routesEnded(), average(total.routeDaysSum(), total.routesEnded())), "dagen",
						Shown.NOT_AVAILABLE, "MON-1"),
				figure("averageLeadDays", "Doorlooptijd aanmelding tot afsluiting, gemiddeld",
						Shown.derived(total.closed(), average(total.leadDaysSum(), total.closed())), "dagen",
						Shown.NOT_AVAILABLE, "MON-1"),
				share("crisis", "Crisis", total.crisis(), registrations, "MON-1"),
				share("repeatsWithinYear", "Opnieuw aangemeld binnen een jaar na afsluiting", total.repeats(),
						registrations, "MON-7"),
				share("fromVeiligThuis", "Via Veilig Thuis", total.fromVeiligThuis(), registrations, "MON-10"));

		var triaged = Shown.count(total.triaged());
		var triageCounts = List.of(total.triageCjg(), total.triageSocialTeam(), total.triagePrecedingField(),
				total.triageSpecialised(), total.triageNoCare());
		var triageShown = Shown.parts(triageCounts);
		var outcomes = List.of(TriageOutcome.CJG_TREATMENT, TriageOutcome.SOCIAL_TEAM, TriageOutcome.PRECEDING_FIELD,
				TriageOutcome.SPECIALISED_CARE, TriageOutcome.NO_CARE_NEEDED);
		var triage = new ArrayList<DashboardView.TriageLine>();
		for (var i = 0; i < outcomes.size(); i++) {
			triage.add(new DashboardView.TriageLine(outcomes.get(i).name(), outcomes.get(i).dutchName(),
					triageShown.get(i), Shown.percent(triageShown.get(i), triaged)));
		}

		var months = figures.months();
		var registrationColumn = column(months, Counts::registrations);
		var lateColumn = column(months, Counts::startedLate);
		var overMaxColumn = column(months, Counts::overMaxConversations);
		var routesLateColumn = column(months, Counts::routesLate);
		var crisisColumn = column(months, Counts::crisis);
		var repeatColumn = column(months, Counts::repeats);
		var veiligThuisColumn = column(months, Counts::fromVeiligThuis);
		var rows = new ArrayList<DashboardView.MonthRow>();
		var medians = new ArrayList<BarChart.Point>();
		for (var i = 0; i < months.size(); i++) {
			var month = months.get(i);
			var started = month.counts().started();
			var median = Shown.derived(started, month.waiting().percentile(50));
			rows.add(new DashboardView.MonthRow(name(month.month()), registrationColumn.get(i), median,
					Shown.derived(started, month.waiting().percentile(90)), lateColumn.get(i), overMaxColumn.get(i),
					routesLateColumn.get(i), crisisColumn.get(i), repeatColumn.get(i), veiligThuisColumn.get(i)));
			medians.add(new BarChart.Point(shortName(month.month()), median));
		}
		var totalRow = new DashboardView.MonthRow("Totaal", registrations, keyFigures.get(2).value(),
				keyFigures.get(3).value(), Shown.count(total.startedLate()), Shown.count(total.overMaxConversations()),
				Shown.count(total.routesLate()), Shown.count(total.crisis()), Shown.count(total.repeats()),
				Shown.count(total.fromVeiligThuis()));
		var charts = List.of(
				BarChart.of("aanmeldingen", "Aanmeldingen per maand", "aanmeldingen", points(months, registrationColumn)),
				BarChart.of("wachttijd", "Wachttijd tot eerste gesprek per maand van aanmelding (mediaan)", "dagen",
						medians),
				BarChart.of("te-laat", "Later dan " + norms.treatmentTermWeeks() + " weken in behandeling, per maand",
						"hulpvragen", points(months, lateColumn)));
		var period = name(figures.scope().from()) + " tot en met " + name(figures.scope().to());
		return new DashboardView(scopeName, period, figures.referenceDate(), figures.empty(), norms, keyFigures,
				triage, triaged, rows, totalRow, charts);
	}

	private static DashboardView.KeyFigure figure(String code, String label, Shown value, String unit, Shown share,
			String requirement) {
		return new DashboardView.KeyFigure(code, label, value, unit, share, requirement);
	}

	private static DashboardView.KeyFigure share(String code, String label, long count, Shown whole,
			String requirement) {
		var value = Shown.count(count);
		return new DashboardView.KeyFigure(code, label, value, "hulpvragen", Shown.percent(value, whole), requirement);
	}

	/** One monthly column; the period total is shown, so its small parts are hidden complementarily. */
	private static List<Shown> column(List<DashboardFigures.Month> months, ToLongFunction<Counts> measure) {
		return Shown.parts(months.stream().map(m -> measure.applyAsLong(m.counts())).toList());
	}

	private static List<BarChart.Point> points(List<DashboardFigures.Month> months, List<Shown> column) {
		var points = new ArrayList<BarChart.Point>();
		for (var i = 0; i < months.size(); i++) {
			points.add(new BarChart.Point(shortName(months.get(i).month()), column.get(i)));
		}
		return points;
	}

	private static Long average(long sum, long count) {
		return count == 0 ? 0L : Math.round((double) sum / count);
	}

	static String name(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, DUTCH) + " " + month.getYear();
	}

	private static String shortName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.SHORT, DUTCH).replace(".", "") + " " + month.getYear();
	}
}
