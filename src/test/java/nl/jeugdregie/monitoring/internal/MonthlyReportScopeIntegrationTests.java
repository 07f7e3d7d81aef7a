package nl.jeugdregie.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.TermExceedance;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * P3 (issue 19, ADR 0027): the monthly report (TOE-9) reads one municipality through its own indexes; its true
 * figures (counts, record keys, weeks, longest) are exactly those of the queries before the change, on a random
 * history with every edge (started on the deadline, closed before starting, closed before or after a late
 * start, routes open or closed), for every month, with another municipality's rows around it.
 */
@IntegrationTest
class MonthlyReportScopeIntegrationTests {

	/** The report's queries before P3 (commit 98af75d), kept verbatim as the reference. */
	private static final String TREATMENT = "monitoring_treatment_wait t left join monitoring_closure c using (help_request_id)";
	private static final String ROUTE = "monitoring_route_to_care t left join monitoring_closure c using (help_request_id)";

	@Autowired TestFixtures fixtures;
	@Autowired MonthlyWaitingReports reports;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("P3, TOE-9: the report's figures per team are unchanged by reading one municipality only")
	void trueFiguresEqualTheQueriesBeforeTheChange() {
		var world = fixtures.newWorld();
		var other = fixtures.newWorld();
		var random = new Random(19);
		var teams = List.of(world.team().id().value(), world.otherTeam().id().value());
		// Another municipality's terms and closures, also in the same months: never counted.
		load(random, other.municipality(), List.of(other.team().id().value()), 300);
		load(random, world.municipality(), teams, 600);

		var compared = 0;
		for (var month = YearMonth.of(2025, 9); !month.isAfter(YearMonth.of(2026, 11)); month = month.plusMonths(1)) {
			var reference = month.atEndOfMonth().isAfter(LocalDate.of(2026, 11, 16)) ? LocalDate.of(2026, 11, 16)
					: month.atEndOfMonth();
			var now = reports.trueFigures(world.municipality(), month, reference);
			var before = new MonthlyWaitingReports.TrueFigures(
					lateBefore(TREATMENT, "coalesce(t.started_on, c.closed_on)", world.municipality(), month),
					openBefore(TREATMENT, "t.registered_on", "coalesce(t.started_on, c.closed_on)", world.municipality(), reference),
					lateBefore(ROUTE, "c.closed_on", world.municipality(), month),
					openBefore(ROUTE, "t.applied_on", "c.closed_on", world.municipality(), reference));
			assertThat(now).as("true figures of %s", month).isEqualTo(before);
			compared += size(now);
		}
		// The data set is not trivially empty: every column has exceedances in some month.
		assertThat(compared).isGreaterThan(500);
		var october = reports.trueFigures(world.municipality(), YearMonth.of(2026, 10), LocalDate.of(2026, 10, 31));
		assertThat(List.of(october.startedLate(), october.stillWaiting(), october.routeEndedLate(),
				october.routeStillRunning())).allSatisfy(column -> assertThat(column).isNotEmpty());
	}

	private static int size(MonthlyWaitingReports.TrueFigures figures) {
		return List.of(figures.startedLate(), figures.stillWaiting(), figures.routeEndedLate(), figures.routeStillRunning())
				.stream().flatMap(m -> m.values().stream()).mapToInt(f -> (int) f.requests().count()).sum();
	}

	private Map<UUID, MonthlyWaitingReports.Figures> lateBefore(String from, String end, MunicipalityCode municipality,
			YearMonth month) {
		return MonthlyWaitingReports.byTeam(jdbc.sql("""
				select t.team_id, t.deadline, %2$s, monitoring_record_key(t.help_request_id::text) from %1$s
				where t.municipality_code = ? and %2$s between ? and ? and %2$s > t.deadline""".formatted(from, end))
				.params(municipality.value(), month.atDay(1), month.atEndOfMonth())
				.query((rs, n) -> new MonthlyWaitingReports.Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
						rs.getLong(4)))
				.list());
	}

	private Map<UUID, MonthlyWaitingReports.Figures> openBefore(String from, String start, String openUntil,
			MunicipalityCode municipality, LocalDate reference) {
		return MonthlyWaitingReports.byTeam(jdbc.sql("""
				select t.team_id, t.deadline, monitoring_record_key(t.help_request_id::text) from %1$s
				where t.municipality_code = ? and %2$s <= ? and t.deadline < ? and (%3$s is null or %3$s > ?)"""
				.formatted(from, start, openUntil))
				.params(municipality.value(), reference, reference, reference)
				.query((rs, n) -> new MonthlyWaitingReports.Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), reference), rs.getLong(3)))
				.list());
	}

	/** Requests registered from August 2025 to 16 November 2026 as the projections would store them. */
	private void load(Random random, MunicipalityCode municipality, List<UUID> teams, int requests) {
		var first = LocalDate.of(2025, 8, 1);
		var today = LocalDate.of(2026, 11, 16);
		for (var i = 0; i < requests; i++) {
			var id = UUID.randomUUID();
			var team = teams.get(random.nextInt(teams.size()));
			var registered = first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay()) + 1));
			var deadline = registered.plusDays(14);
			// Starts on, before and after the deadline; some never (still waiting, or withdrawn).
			@Nullable LocalDate started = random.nextInt(10) < 8 ? registered.plusDays(random.nextInt(35)) : null;
			if (started != null && started.isAfter(today)) {
				started = null;
			}
			jdbc.sql("""
					insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on,
					    deadline, started_on) values (?, ?, ?, ?, ?, ?)""")
					.params(id, municipality.value(), team, registered, deadline, started).update();
			@Nullable LocalDate applied = null;
			if (started != null && random.nextInt(10) < 5) {
				applied = started.plusDays(random.nextInt(20));
				if (!applied.isAfter(today)) {
					jdbc.sql("""
							insert into monitoring_route_to_care (help_request_id, municipality_code, team_id, applied_on,
							    deadline) values (?, ?, ?, ?, ?)""")
							.params(id, municipality.value(), team, applied, applied.plusWeeks(8)).update();
				} else {
					applied = null;
				}
			}
			// Closures: of waiting requests (withdrawn, also before or after their deadline), and of started ones.
			var from = started != null ? (applied != null ? applied : started) : registered;
			if (random.nextInt(10) < 6) {
				var closed = from.plusDays(random.nextInt(applied != null ? 120 : 40));
				if (!closed.isAfter(today)) {
					jdbc.sql("""
							insert into monitoring_closure (help_request_id, municipality_code, closed_on, reason)
							values (?, ?, ?, 'WITHDRAWN')""")
							.params(id, municipality.value(), closed).update();
				}
			}
		}
	}
}
