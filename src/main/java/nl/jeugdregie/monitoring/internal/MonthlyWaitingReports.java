package nl.jeugdregie.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
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
	private final Disclosure disclosure;

	MonthlyWaitingReports(JdbcClient jdbc, Teams teams, Clock clock, Disclosure disclosure) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
		this.disclosure = disclosure;
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
		var waitLateTrue = lateInMonth(Term.TREATMENT, municipality, month);
		var waitOpenTrue = stillOpen(Term.TREATMENT, municipality, reference);
		var routeLateTrue = lateInMonth(Term.ROUTE_TO_CARE, municipality, month);
		var routeOpenTrue = stillOpen(Term.ROUTE_TO_CARE, municipality, reference);
		var waitLate = column(teamList, waitLateTrue);
		var waitOpen = column(teamList, waitOpenTrue);
		var routeLate = column(teamList, routeLateTrue);
		var routeOpen = column(teamList, routeOpenTrue);
		for (var i = 0; i <= teamList.size(); i++) {
			lines.add(new MonthlyWaitingReport.Line(i < teamList.size() ? teamList.get(i).name() : "Totaal",
					waitLate.get(i), waitOpen.get(i), routeLate.get(i), routeOpen.get(i)));
		}
		var total = lines.removeLast();
		// Empty when nothing would be shown: decided on published counts, so it tells no more than the figures do.
		var empty = List.of(total.startedLate(), total.stillWaiting(), total.routeEndedLate(), total.routeStillRunning())
				.stream().allMatch(f -> f.count().value() == 0);
		return new MonthlyWaitingReport(name, month, reference, lines, total, empty, Legend.lines());
	}

	/**
	 * A term in monitoring's read models and its two queries. The waiting term (TOE-5) runs from registration to the
	 * first conversation; the lead time (TOE-8) from the application to the end of the route (the request's closure).
	 * A request closed before its first conversation (withdrawn, moved away) no longer waits, but was never taken into
	 * treatment late either.
	 *
	 * <p>Each query reads one municipality only (issue 19, P3, ADR 0052): every table it reads is restricted to the
	 * municipality through an index leading with it (V48_1), so the report costs what the municipality holds, not
	 * what the country holds. A request never changes municipality, so a closure that names one names its terms'; a
	 * closure recorded before closures carried their municipality (V24_1) has none and is always considered. The
	 * figures are those of the plain definitions above, rewritten only so that each part can use its index:
	 * "still waiting" is split into "started after the reference date" and "never started, not closed by then".
	 */
	private enum Term {
		/** Taken into treatment late in the month; a closure does not count as being taken into treatment. */
		TREATMENT("""
				select t.team_id, t.deadline, t.started_on, monitoring_record_key(t.help_request_id::text)
				from monitoring_treatment_wait t
				where t.municipality_code = :municipality and t.started_on between :from and :to
				  and t.started_on > t.deadline""",
				"""
				select t.team_id, t.deadline, monitoring_record_key(t.help_request_id::text)
				from monitoring_treatment_wait t
				where t.municipality_code = :municipality and t.started_on > :reference
				  and t.registered_on <= :reference and t.deadline < :reference
				union all
				select t.team_id, t.deadline, monitoring_record_key(t.help_request_id::text)
				from monitoring_treatment_wait t
				where t.municipality_code = :municipality and t.started_on is null
				  and t.registered_on <= :reference and t.deadline < :reference
				  and not exists (select 1 from monitoring_closure c
				      where c.help_request_id = t.help_request_id and c.closed_on <= :reference
				        and (c.municipality_code = :municipality or c.municipality_code is null))"""),
		/** The route ended (the request closed) late in the month. */
		ROUTE_TO_CARE("""
				select t.team_id, t.deadline, c.closed_on, monitoring_record_key(t.help_request_id::text)
				from monitoring_closure c join monitoring_route_to_care t using (help_request_id)
				where (c.municipality_code = :municipality or c.municipality_code is null)
				  and c.closed_on between :from and :to
				  and t.municipality_code = :municipality and c.closed_on > t.deadline""",
				"""
				select t.team_id, t.deadline, monitoring_record_key(t.help_request_id::text)
				from monitoring_route_to_care t
				where t.municipality_code = :municipality and t.applied_on <= :reference and t.deadline < :reference
				  and not exists (select 1 from monitoring_closure c
				      where c.help_request_id = t.help_request_id and c.closed_on <= :reference
				        and (c.municipality_code = :municipality or c.municipality_code is null))""");

		final String metLate;
		final String stillOpen;

		Term(String metLate, String stillOpen) {
			this.metLate = metLate;
			this.stillOpen = stillOpen;
		}
	}

	/** Terms met late in the month: weeks from the deadline to the day the term was met. */
	private Map<UUID, Figures> lateInMonth(Term term, MunicipalityCode municipality, YearMonth month) {
		var rows = jdbc.sql(term.metLate)
				.param("municipality", municipality.value()).param("from", month.atDay(1))
				.param("to", month.atEndOfMonth())
				.query((rs, n) -> new Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
						rs.getLong(4)))
				.list();
		return byTeam(rows);
	}

	/** Terms still open on the reference date with their deadline passed: weeks up to the reference date. */
	private Map<UUID, Figures> stillOpen(Term term, MunicipalityCode municipality, LocalDate reference) {
		var rows = jdbc.sql(term.stillOpen)
				.param("municipality", municipality.value()).param("reference", reference)
				.query((rs, n) -> new Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), reference), rs.getLong(3)))
				.list();
		return byTeam(rows);
	}

	private record Exceedance(UUID team, long weeks, long key) {}

	/** A group's true figures: how many exceeded (with their record keys), their weeks and the longest. */
	private record Figures(Tally requests, long weeks, long maxWeeks) {

		static final Figures NONE = new Figures(Tally.NONE, 0, 0);

		Figures plus(Exceedance exceedance) {
			return new Figures(requests.plus(new Tally(1, exceedance.key())), weeks + exceedance.weeks(),
					Math.max(maxWeeks, exceedance.weeks()));
		}

		Figures plus(Figures other) {
			return new Figures(requests.plus(other.requests), weeks + other.weeks, Math.max(maxWeeks, other.maxWeeks));
		}
	}

	private static Map<UUID, Figures> byTeam(List<Exceedance> rows) {
		var result = new HashMap<UUID, Figures>();
		rows.forEach(row -> result.merge(row.team(), Figures.NONE.plus(row), Figures::plus));
		return result;
	}

	/**
	 * One column of the report, published through the disclosure control (SEC-2, ADR 0021), the total last: every
	 * count perturbed in its own right; weeks and the longest exceedance only for groups with a published count of 5
	 * or more (mark k); the total's longest exceedance left out (mark b) when only a left-out team holds it.
	 */
	private List<MonthlyWaitingReport.Figures> column(List<Team> teamList, Map<UUID, Figures> figures) {
		var column = new ArrayList<MonthlyWaitingReport.Figures>();
		var longestShown = -1L;
		for (var team : teamList) {
			var shown = publish(figures.getOrDefault(team.id().value(), Figures.NONE));
			column.add(shown);
			if (shown.maxWeeks().value() != null) {
				longestShown = Math.max(longestShown, shown.maxWeeks().value());
			}
		}
		var sum = figures.values().stream().reduce(Figures.NONE, Figures::plus);
		var total = publish(sum);
		if (total.maxWeeks().value() != null && total.maxWeeks().value() > longestShown) {
			total = new MonthlyWaitingReport.Figures(total.count(), total.weeks(), Figure.hidden(Mark.PROTECTS));
		}
		column.add(total);
		return column;
	}

	private MonthlyWaitingReport.Figures publish(Figures figures) {
		var count = Figure.of(disclosure.count(figures.requests()));
		return new MonthlyWaitingReport.Figures(count, disclosure.magnitude(figures.requests(), figures.weeks()),
				disclosure.derived(figures.requests(), figures.maxWeeks()));
	}
}
