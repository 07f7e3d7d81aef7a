package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;

/**
 * Turns the raw figures of each member municipality into the comparison table of the regional monitor (MON-9).
 * The region total is shown, so within every count column the small cells are hidden and, when exactly one would
 * be, the next smallest too (ADR 0018): no hidden cell can be computed back from the total and the other rows.
 */
final class RegionPresenter {

	/** The raw figures of one member municipality. */
	record MemberFigures(String code, String name, DashboardFigures figures) {}

	private RegionPresenter() {}

	static RegionView present(String regionName, String ownMunicipality, List<MemberFigures> members,
			YearMonth from, YearMonth to, LocalDate referenceDate, DashboardView.Norms norms) {
		var registrations = column(members, f -> f.total().registrations());
		var waitingPastTerm = column(members, DashboardFigures::waitingPastTerm);
		var startedLate = column(members, f -> f.total().startedLate());
		var overMax = column(members, f -> f.total().overMaxConversations());
		var routesLate = column(members, f -> f.total().routesLate());
		var rows = new ArrayList<RegionView.Row>();
		var total = Counts.NONE;
		var totalWait = new WaitHistogram();
		var totalWaitingPastTerm = 0L;
		for (var i = 0; i < members.size(); i++) {
			var member = members.get(i);
			var figures = member.figures();
			rows.add(row(member.code(), member.name(), member.code().equals(ownMunicipality), figures.total(),
					figures.totalWait(), registrations.get(i), waitingPastTerm.get(i), startedLate.get(i),
					overMax.get(i), routesLate.get(i)));
			total = total.plus(figures.total());
			totalWait.addAll(figures.totalWait());
			totalWaitingPastTerm += figures.waitingPastTerm();
		}
		var totalRow = row("", "Totaal regio", false, total, totalWait, Shown.count(total.registrations()),
				Shown.count(totalWaitingPastTerm), Shown.count(total.startedLate()),
				Shown.count(total.overMaxConversations()), Shown.count(total.routesLate()));
		var period = DashboardPresenter.name(from) + " tot en met " + DashboardPresenter.name(to);
		return new RegionView(regionName, period, referenceDate, norms, rows, totalRow);
	}

	private static RegionView.Row row(String code, String name, boolean own, Counts counts, WaitHistogram wait,
			Shown registrations, Shown waitingPastTerm, Shown startedLate, Shown overMax, Shown routesLate) {
		var started = counts.started();
		return new RegionView.Row(code, name, own, registrations, waitingPastTerm,
				Shown.derived(started, wait.percentile(50)), Shown.derived(started, wait.percentile(90)),
				withinTerm(started, counts.startedLate(), startedLate), startedLate, overMax, routesLate);
	}

	/**
	 * The share started within the term, in whole percent: hidden with a small number of started requests, and
	 * with a hidden count of late starts, which it would otherwise give away.
	 */
	static Shown withinTerm(long started, long late, Shown shownLate) {
		if (SmallCountSuppression.tooSmall(started) || shownLate.suppressed()) {
			return Shown.SUPPRESSED;
		}
		if (started == 0) {
			return Shown.NOT_AVAILABLE;
		}
		return new Shown(Math.round((started - late) * 100.0 / started), false);
	}

	private static List<Shown> column(List<MemberFigures> members, ToLongFunction<DashboardFigures> measure) {
		return Shown.parts(members.stream().map(m -> measure.applyAsLong(m.figures())).toList());
	}
}
