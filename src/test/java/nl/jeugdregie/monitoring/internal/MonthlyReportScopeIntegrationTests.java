package nl.jeugdregie.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.policy.TermExceedance;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, P3 (ADR 0052): the monthly report (TOE-9) reads one municipality through indexes, with its queries split
 * so each part can use one. Its figures must stay those of the plain definitions: the read models are filled here with
 * every case that tells the definitions apart (a request closed before its first conversation, closed after the
 * reference date, started after it, a closure recorded without its municipality, another municipality with the same
 * history), and each column of the report is compared with a count made here and published the same way.
 */
@IntegrationTest
class MonthlyReportScopeIntegrationTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	static final LocalDate REFERENCE = OCTOBER.atEndOfMonth();

	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired MonthlyWaitingReports reports;
	@Autowired Disclosure disclosure;

	/** A group's true figures as counted here. */
	private final class Column {
		final List<UUID> requests = new ArrayList<>();
		long weeks;
		long maxWeeks;

		void add(UUID request, long weeksOver) {
			requests.add(request);
			weeks += weeksOver;
			maxWeeks = Math.max(maxWeeks, weeksOver);
		}

		MonthlyWaitingReport.Figures published() {
			var key = requests.stream().mapToLong(id -> jdbc.sql("select monitoring_record_key(?)")
					.param(id.toString()).query(Long.class).single()).sum();
			var tally = new Tally(requests.size(), key);
			return new MonthlyWaitingReport.Figures(Figure.of(disclosure.count(tally)), disclosure.magnitude(tally, weeks),
					disclosure.derived(tally, requests.isEmpty() ? 0L : maxWeeks));
		}
	}

	@Test
	@DisplayName("Issue 19 P3, TOE-9, TOE-5, TOE-8: the scoped report queries give the figures of the plain definitions")
	void theScopedQueriesGiveTheFiguresOfThePlainDefinitions() {
		var world = fixtures.newWorld();
		var other = fixtures.newWorld();
		var startedLate = new Column();
		var stillWaiting = new Column();
		var routeEndedLate = new Column();
		var routeStillRunning = new Column();
		for (var i = 0; i < 7; i++) {
			var registered = LocalDate.of(2026, 9, 10 + i);
			var deadline = registered.plusDays(14);
			for (var world2 : List.of(world, other)) {
				var mine = world2 == world;
				var team = world2.team().id().value();
				var municipality = world2.municipality().value();
				// Taken into treatment late in October.
				var late = wait(municipality, team, registered, deadline, LocalDate.of(2026, 10, 5 + i));
				// Closed before a first conversation, after the deadline, in October: neither late nor still waiting.
				var withdrawn = wait(municipality, team, registered, deadline, null);
				close(withdrawn, municipality, LocalDate.of(2026, 10, 12 + i));
				// Closed so without its municipality (recorded before V24_1): still not waiting.
				var withdrawnLongAgo = wait(municipality, team, registered, deadline, null);
				close(withdrawnLongAgo, null, LocalDate.of(2026, 10, 12 + i));
				// Never started, not closed; never started, closed after the reference date; started after it.
				var waiting = wait(municipality, team, registered, deadline, null);
				var closedLater = wait(municipality, team, registered, deadline, null);
				close(closedLater, municipality, LocalDate.of(2026, 11, 2));
				var startedLater = wait(municipality, team, registered, deadline, LocalDate.of(2026, 11, 3 + i % 3));
				// Started in time: in no column.
				wait(municipality, team, registered, deadline, registered.plusDays(3));
				// Routes: ended late in October (one closure without municipality), still running, ended later.
				var applied = LocalDate.of(2026, 7, 20 + i);
				var routeDeadline = applied.plusWeeks(8);
				var endedLate = route(municipality, team, applied, routeDeadline);
				close(endedLate, municipality, LocalDate.of(2026, 10, 20 + i));
				var endedLateLongAgo = route(municipality, team, applied, routeDeadline);
				close(endedLateLongAgo, null, LocalDate.of(2026, 10, 20 + i));
				var running = route(municipality, team, applied, routeDeadline);
				var endedLater = route(municipality, team, applied, routeDeadline);
				close(endedLater, municipality, LocalDate.of(2026, 11, 4));
				var endedInTime = route(municipality, team, applied, routeDeadline);
				close(endedInTime, municipality, applied.plusWeeks(4));
				if (mine) {
					startedLate.add(late, TermExceedance.weeksOver(deadline, LocalDate.of(2026, 10, 5 + i)));
					for (var open : List.of(waiting, closedLater, startedLater)) {
						stillWaiting.add(open, TermExceedance.weeksOver(deadline, REFERENCE));
					}
					routeEndedLate.add(endedLate, TermExceedance.weeksOver(routeDeadline, LocalDate.of(2026, 10, 20 + i)));
					routeEndedLate.add(endedLateLongAgo,
							TermExceedance.weeksOver(routeDeadline, LocalDate.of(2026, 10, 20 + i)));
					for (var open : List.of(running, endedLater)) {
						routeStillRunning.add(open, TermExceedance.weeksOver(routeDeadline, REFERENCE));
					}
				}
			}
		}

		var report = reports.report(world.municipality(), OCTOBER);

		var line = report.teams().stream().filter(l -> l.name().equals(world.team().name())).findFirst().orElseThrow();
		assertThat(line.startedLate()).as("TOE-5 taken into treatment late").isEqualTo(startedLate.published());
		assertThat(line.stillWaiting()).as("TOE-5 still waiting").isEqualTo(stillWaiting.published());
		assertThat(line.routeEndedLate()).as("TOE-8 route ended late").isEqualTo(routeEndedLate.published());
		assertThat(line.routeStillRunning()).as("TOE-8 route still running").isEqualTo(routeStillRunning.published());
	}

	private UUID wait(String municipality, UUID team, LocalDate registered, LocalDate deadline,
			@Nullable LocalDate started) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on, deadline,
				    started_on) values (?, ?, ?, ?, ?, ?)""")
				.params(id, municipality, team, registered, deadline, started).update();
		return id;
	}

	private UUID route(String municipality, UUID team, LocalDate applied, LocalDate deadline) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into monitoring_route_to_care (help_request_id, municipality_code, team_id, applied_on, deadline)
				values (?, ?, ?, ?, ?)""").params(id, municipality, team, applied, deadline).update();
		return id;
	}

	private void close(UUID request, @Nullable String municipality, LocalDate on) {
		jdbc.sql("insert into monitoring_closure (help_request_id, municipality_code, closed_on, reason) values (?, ?, ?, ?)")
				.params(request, municipality, on, "WITHDRAWN").update();
	}
}
