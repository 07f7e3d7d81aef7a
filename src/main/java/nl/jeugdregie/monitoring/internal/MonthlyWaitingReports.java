package nl.jeugdregie.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.policy.TermExceedance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the monthly report of TOE-9 from monitoring's read models, for the waiting term (TOE-5) and the
 * lead time to care (TOE-8). Counting rules (glossary): "late in month M" = the term was met in M after its
 * deadline, weeks measured to that day; "still open at the reference date" = started on or before it, not
 * met by then, deadline before it, weeks measured to the reference date. Weeks follow {@link TermExceedance}.
 */
@Service
class MonthlyWaitingReports {

	private final JdbcClient jdbc;
	private final Teams teams;
	private final Clock clock;

	MonthlyWaitingReports(JdbcClient jdbc, Teams teams, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
	}

	/** Report months lie between the first month with data and the current month. */
	boolean isInTheFuture(YearMonth month) {
		return month.isAfter(YearMonth.now(clock));
	}

	@Transactional(readOnly = true)
	MonthlyWaitingReport report(MunicipalityCode municipality, YearMonth month) {
		if (isInTheFuture(month)) {
			throw new IllegalArgumentException("A monthly report covers a past or the current month");
		}
		var today = LocalDate.now(clock);
		var reference = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
		var teamList = teams.ofMunicipality(municipality);
		var name = teams.municipality(municipality).map(m -> m.name()).orElse(municipality.value());
		var lines = new ArrayList<MonthlyWaitingReport.Line>();
		var waitLate = column(teamList, lateInMonth(Term.TREATMENT, municipality, month));
		var waitOpen = column(teamList, stillOpen(Term.TREATMENT, municipality, reference));
		var routeLate = column(teamList, lateInMonth(Term.ROUTE_TO_CARE, municipality, month));
		var routeOpen = column(teamList, stillOpen(Term.ROUTE_TO_CARE, municipality, reference));
		for (var i = 0; i < teamList.size(); i++) {
			lines.add(new MonthlyWaitingReport.Line(teamList.get(i).name(), waitLate.get(i), waitOpen.get(i),
					routeLate.get(i), routeOpen.get(i)));
		}
		var total = new MonthlyWaitingReport.Line("Totaal", total(lateInMonth(Term.TREATMENT, municipality, month)),
				total(stillOpen(Term.TREATMENT, municipality, reference)),
				total(lateInMonth(Term.ROUTE_TO_CARE, municipality, month)),
				total(stillOpen(Term.ROUTE_TO_CARE, municipality, reference)));
		return new MonthlyWaitingReport(name, month, reference, lines, total);
	}

	/**
	 * A term in monitoring's read models: the table and the columns of its start, deadline and end. The
	 * waiting term (TOE-5) runs from registration to the first conversation; the lead time (TOE-8) from the
	 * application to the end of the route (the request's closure). A request closed before its first
	 * conversation (withdrawn, moved away) no longer waits, but was never taken into treatment late either.
	 */
	private enum Term {
		TREATMENT("monitoring_treatment_wait t left join monitoring_closure c using (help_request_id)",
				"t.registered_on", "t.started_on", "coalesce(t.started_on, c.closed_on)"),
		ROUTE_TO_CARE("monitoring_route_to_care t left join monitoring_closure c using (help_request_id)",
				"t.applied_on", "c.closed_on", "c.closed_on");

		final String from;
		final String start;
		final String end;
		final String openUntil;

		Term(String from, String start, String end, String openUntil) {
			this.from = from;
			this.start = start;
			this.end = end;
			this.openUntil = openUntil;
		}
	}

	/** Terms met late in the month: weeks from the deadline to the day the term was met. */
	private Map<UUID, Figures> lateInMonth(Term term, MunicipalityCode municipality, YearMonth month) {
		var rows = jdbc.sql("""
				select t.team_id, t.deadline, %2$s from %1$s
				where t.municipality_code = ? and %2$s between ? and ? and %2$s > t.deadline"""
				.formatted(term.from, term.end))
				.params(municipality.value(), month.atDay(1), month.atEndOfMonth())
				.query((rs, n) -> new Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))))
				.list();
		return byTeam(rows);
	}

	/** Terms still open on the reference date with their deadline passed: weeks up to the reference date. */
	private Map<UUID, Figures> stillOpen(Term term, MunicipalityCode municipality, LocalDate reference) {
		var rows = jdbc.sql("""
				select t.team_id, t.deadline from %1$s
				where t.municipality_code = ? and %2$s <= ? and t.deadline < ? and (%3$s is null or %3$s > ?)"""
				.formatted(term.from, term.start, term.openUntil))
				.params(municipality.value(), reference, reference, reference)
				.query((rs, n) -> new Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), reference)))
				.list();
		return byTeam(rows);
	}

	private record Exceedance(UUID team, long weeks) {}

	private record Figures(long count, long weeks, long maxWeeks) {

		static final Figures NONE = new Figures(0, 0, 0);

		Figures plus(long exceedanceWeeks) {
			return new Figures(count + 1, weeks + exceedanceWeeks, Math.max(maxWeeks, exceedanceWeeks));
		}

		Figures plus(Figures other) {
			return new Figures(count + other.count, weeks + other.weeks, Math.max(maxWeeks, other.maxWeeks));
		}
	}

	private static Map<UUID, Figures> byTeam(List<Exceedance> rows) {
		var result = new HashMap<UUID, Figures>();
		rows.forEach(row -> result.merge(row.team(), Figures.NONE.plus(row.weeks()), Figures::plus));
		return result;
	}

	/** One column of the report, with small counts and their complements hidden. */
	private static List<MonthlyWaitingReport.Figures> column(List<Team> teamList, Map<UUID, Figures> figures) {
		Function<Team, Figures> of = team -> figures.getOrDefault(team.id().value(), Figures.NONE);
		var hidden = SmallCountSuppression.hiddenParts(teamList.stream().map(t -> of.apply(t).count()).toList());
		var column = new ArrayList<MonthlyWaitingReport.Figures>();
		for (var i = 0; i < teamList.size(); i++) {
			var f = of.apply(teamList.get(i));
			var shown = new MonthlyWaitingReport.Figures(f.count(), f.weeks(), f.maxWeeks(), false);
			column.add(hidden.get(i) ? shown.hide() : shown);
		}
		return column;
	}

	private static MonthlyWaitingReport.Figures total(Map<UUID, Figures> figures) {
		var sum = figures.values().stream().reduce(Figures.NONE, Figures::plus);
		var shown = new MonthlyWaitingReport.Figures(sum.count(), sum.weeks(), sum.maxWeeks(), false);
		return SmallCountSuppression.tooSmall(sum.count()) ? shown.hide() : shown;
	}
}
