package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.platform.text.Labels;

/**
 * Turns the true figures of each member municipality into the comparison table of the regional monitor (MON-9).
 * Every count goes through the disclosure control (SEC-2, ADR 0021): a municipality's row shows the same numbers as
 * its own dashboard, and the region total is published in its own right, so the total minus the other rows gives
 * no hidden group exactly.
 */
final class RegionPresenter {

	/** The true figures of one member municipality. */
	record MemberFigures(String code, String name, DashboardFigures figures) {}

	private RegionPresenter() {}

	static RegionView present(String regionName, String ownMunicipality, List<MemberFigures> members,
			YearMonth from, YearMonth to, LocalDate referenceDate, DashboardView.Norms norms, Disclosure disclosure) {
		var rows = new ArrayList<RegionView.Row>();
		var total = Counts.NONE;
		var totalWait = new WaitHistogram();
		var totalWaitingPastTerm = Tally.NONE;
		for (var member : members) {
			var figures = member.figures();
			rows.add(row(disclosure, member.code(), member.name(), member.code().equals(ownMunicipality),
					figures.total(), figures.totalWait(), figures.waitingPastTerm()));
			total = total.plus(figures.total());
			totalWait.addAll(figures.totalWait());
			totalWaitingPastTerm = totalWaitingPastTerm.plus(figures.waitingPastTerm());
		}
		var totalRow = row(disclosure, "", Labels.text("text.monitoring.dashboard.region.total"), false, total, totalWait, totalWaitingPastTerm);
		var period = DashboardPresenter.name(from) + " tot en met " + DashboardPresenter.name(to);
		return new RegionView(regionName, period, referenceDate, norms, rows, totalRow, Legend.lines());
	}

	private static RegionView.Row row(Disclosure disclosure, String code, String name, boolean own, Counts counts,
			WaitHistogram wait, Tally waitingPastTerm) {
		var started = counts.started();
		return new RegionView.Row(code, name, own, count(disclosure, counts.registrations()),
				count(disclosure, waitingPastTerm), disclosure.derived(started, wait.percentile(50)),
				disclosure.derived(started, wait.percentile(90)),
				disclosure.percent(started.minus(counts.startedLate()), started),
				count(disclosure, counts.startedLate()), count(disclosure, counts.overMaxConversations()),
				count(disclosure, counts.routesLate()));
	}

	private static Figure count(Disclosure disclosure, Tally tally) {
		return Figure.of(disclosure.count(tally));
	}
}
