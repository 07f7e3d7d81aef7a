package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19, P1 (ADR 0052): the listeners add and subtract each request's share of the month rows instead of
 * recomputing the month. Many requests of one month, published from parallel threads and handled by the listeners
 * side by side, must leave the dashboard exact: equal to a count made here from what was published, and every
 * month row equal to its recomputation from the facts below it (cell from facts, municipality from cells, national
 * from municipalities).
 */
@IntegrationTest
class DashboardConcurrencyIntegrationTests {

	static final YearMonth AUGUST = YearMonth.of(2026, 8);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final int REQUESTS = 60;

	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;
	@Autowired DashboardQueries queries;

	@Test
	@DisplayName("Issue 19 P1, MON-1: events of one month handled concurrently leave the month rows exact")
	void eventsOfOneMonthHandledConcurrentlyLeaveTheMonthRowsExact() throws Exception {
		var world = fixtures.newWorld();
		var municipality = world.municipality().value();
		var events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());

		// The independent count: what the histories below publish.
		var waits = new ArrayList<Integer>();
		var closed = 0;
		var startedLate = 0;
		var tasks = new ArrayList<Callable<Void>>();
		for (var i = 0; i < REQUESTS; i++) {
			var registered = AUGUST.atDay(1 + i % 28);
			var wait = i % 20;
			var first = registered.plusDays(wait);
			var close = i % 4 == 1;
			var moved = i % 5 == 2;
			if (i % 4 != 0) {
				waits.add(wait);
				startedLate += wait > 14 ? 1 : 0;
				closed += close ? 1 : 0;
			}
			var n = i;
			tasks.add(() -> {
				var request = events.request().registered(registered.toString());
				if (n % 4 != 0) {
					if (moved) {
						// Counted first in the bucket of the later conversation, then moved to the earlier start.
						request.conversationBeforeStart(first.plusDays(3).toString(), first.toString());
					} else {
						request.conversations(first.toString(), 1 + n % 3);
					}
					if (close) {
						request.closed("SOLVED_BY_CJG", first.plusDays(2).toString());
					}
				}
				return null;
			});
		}
		try (var pool = Executors.newFixedThreadPool(12)) {
			for (var result : pool.invokeAll(tasks)) {
				result.get();
			}
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);

		var figures = queries.figures(DashboardScope.municipality(municipality, AUGUST, AUGUST), TODAY);
		var august = figures.total();
		assertThat(august.registrations().count()).isEqualTo(REQUESTS);
		assertThat(august.started().count()).isEqualTo(waits.size());
		assertThat(august.waitingDaysSum()).isEqualTo(waits.stream().mapToLong(Integer::longValue).sum());
		assertThat(august.startedLate().count()).isEqualTo(startedLate);
		assertThat(august.closed().count()).isEqualTo(closed);
		assertThat(figures.totalWait().count()).isEqualTo(waits.size());
		var sorted = waits.stream().sorted().toList();
		assertThat(figures.totalWait().percentile(50)).isEqualTo(nearestRank(sorted, 50));
		assertThat(figures.totalWait().percentile(90)).isEqualTo(nearestRank(sorted, 90));
		var byTeam = queries.figures(new DashboardScope(municipality, world.team().id().value(), null, AUGUST, AUGUST),
				TODAY);
		assertThat(byTeam.total()).isEqualTo(august);

		assertThat(rowsDifferingFromTheirRecomputation(municipality)).isEmpty();
		assertThat(bucketsDifferingFromTheirRecomputation(municipality)).isEmpty();
	}

	private static long nearestRank(List<Integer> sorted, int percent) {
		return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1);
	}

	/** Month rows of August (this municipality's cells and row, and the national row) unlike what lies below them. */
	private List<String> rowsDifferingFromTheirRecomputation(String municipality) {
		var measures = String.join(", ", ReadModelSql.MEASURE_COLUMNS);
		var stored = String.join(", ", ReadModelSql.MEASURE_COLUMNS.stream().map(c -> "a." + c + "::numeric").toList());
		var recomputed = String.join(", ", ReadModelSql.MEASURE_COLUMNS.stream().map(c -> "r." + c + "::numeric").toList());
		var sums = String.join(", ", ReadModelSql.MEASURE_COLUMNS.stream().map(c -> "sum(" + c + ")").toList());
		var cells = ReadModelSql.CELLS.substring(ReadModelSql.CELLS.indexOf("select"),
				ReadModelSql.CELLS.indexOf("\non conflict")).formatted("municipality_code = :m and registered_month = :month");
		return jdbc.sql("""
				select 'cell ' || a.team_id || ' ' || a.referrer from monitoring_month_aggregate a
				full join (%4$s) r(l, m, t, rf, mo, %1$s) on r.t = a.team_id and r.rf = a.referrer
				  and a.level = 0 and a.municipality_code = :m and a.month = :month
				where (a.level = 0 and a.municipality_code = :m and a.month = :month or a.level is null)
				  and (%2$s) is distinct from (%3$s)
				union all
				select 'municipality' from monitoring_month_aggregate a, (select %5$s from monitoring_month_aggregate
				    where level = 0 and municipality_code = :m and month = :month) r(%1$s)
				where a.level = 1 and a.municipality_code = :m and a.month = :month and (%2$s) is distinct from (%3$s)
				union all
				select 'national' from monitoring_month_aggregate a, (select %5$s from monitoring_month_aggregate
				    where level = 1 and month = :month) r(%1$s)
				where a.level = 2 and a.month = :month and (%2$s) is distinct from (%3$s)"""
				.formatted(measures, stored, recomputed, cells, sums))
				.param("m", municipality).param("month", AUGUST.atDay(1)).query(String.class).list();
	}

	/** Waiting-day buckets of August unlike the facts (cells) or the level below (municipality, national). */
	private List<String> bucketsDifferingFromTheirRecomputation(String municipality) {
		return jdbc.sql("""
				with stored as (
				    select level, days, requests from monitoring_month_wait_bucket
				    where month = :month and (level = 2 or municipality_code = :m)),
				recomputed as (
				    select 0 level, least(waiting_days, 365) days, count(*) requests from monitoring_request_fact
				    where municipality_code = :m and registered_month = :month and started_on is not null
				    group by least(waiting_days, 365)
				    union all
				    select 1, days, sum(requests) from monitoring_month_wait_bucket
				    where level = 0 and municipality_code = :m and month = :month group by days
				    union all
				    select 2, days, sum(requests) from monitoring_month_wait_bucket
				    where level = 1 and month = :month group by days)
				select coalesce(s.level, r.level) || ':' || coalesce(s.days, r.days) from stored s
				full join recomputed r on r.level = s.level and r.days = s.days
				where s.requests is distinct from r.requests""")
				.param("m", municipality).param("month", AUGUST.atDay(1)).query(String.class).list();
	}
}
