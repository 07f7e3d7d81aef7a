package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes monitoring's dashboard read models: stores each received event, then derives the request's fact row and
 * the aggregate rows of its registration month from the stored events (order-free and idempotent, so re-delivered
 * or out-of-order events give the same result). The cost of one event is bounded by one request and one month.
 */
@Component
public class DashboardReadModels {

	private final JdbcClient jdbc;

	public DashboardReadModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void receive(RawEvent event) {
		// Serialises work on one request, so two of its events handled side by side both end up in its fact.
		lock("request:" + event.helpRequest());
		store(event);
		refresh(event.helpRequest());
		if (event.kind() == RawEvent.Kind.TRANSITIONED && "CLOSED".equals(event.state())) {
			// A later request of the same young person may have arrived first: its repeat flag depends on this.
			jdbc.sql("select help_request_id from monitoring_event where earlier_request = ? and kind = 'REGISTERED'")
					.param(event.helpRequest()).query(UUID.class).list().forEach(this::refresh);
		}
	}

	private void store(RawEvent e) {
		jdbc.sql("""
				insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on,
				    treatment_deadline, referrer, crisis, channel, request_type, age, earlier_request, max_conversations,
				    state, outcome, number, deadline)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(e.helpRequest(), e.kind().name(), e.dedupKey(), e.municipality(), e.team(), e.occurredOn(),
						e.treatmentDeadline(), e.referrer(), e.crisis(), e.channel(), e.requestType(), e.age(),
						e.earlierRequest(), e.maxConversations(), e.state(), e.outcome(), e.number(), e.deadline())
				.update();
	}

	/** Derives one request's fact and the aggregate rows of its cell, municipality and month. */
	private void refresh(UUID helpRequest) {
		jdbc.sql(ReadModelSql.FACTS.formatted("reg.help_request_id = :id")).param("id", helpRequest).update();
		var key = jdbc.sql("""
				select municipality_code, team_id, referrer, registered_month from monitoring_request_fact
				where help_request_id = ?""")
				.param(helpRequest)
				.query((rs, n) -> new CellKey(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getObject(4, LocalDate.class)))
				.optional();
		key.ifPresent(this::refresh);
	}

	private record CellKey(String municipality, UUID team, String referrer, LocalDate month) {}

	private void refresh(CellKey key) {
		// One month's rollups are rewritten by one transaction at a time, so no concurrent update is lost.
		lock("month:" + key.month());
		var cell = "municipality_code = :m and team_id = :t and referrer = :r";
		jdbc.sql(ReadModelSql.CELLS.formatted(cell + " and registered_month = :month")).params(params(key)).update();
		jdbc.sql("delete from monitoring_month_wait_bucket where level = 0 and " + cell + " and month = :month")
				.params(params(key)).update();
		jdbc.sql(ReadModelSql.CELL_BUCKETS.formatted(cell + " and registered_month = :month")).params(params(key))
				.update();
		var municipality = "municipality_code = :m and month = :month";
		jdbc.sql(ReadModelSql.MUNICIPALITY_ROWS.formatted(municipality)).params(params(key)).update();
		jdbc.sql("delete from monitoring_month_wait_bucket where level = 1 and " + municipality).params(params(key))
				.update();
		jdbc.sql(ReadModelSql.MUNICIPALITY_BUCKETS.formatted(municipality)).params(params(key)).update();
		jdbc.sql(ReadModelSql.NATIONAL_ROWS.formatted("month = :month")).param("month", key.month()).update();
		jdbc.sql("delete from monitoring_month_wait_bucket where level = 2 and month = :month")
				.param("month", key.month()).update();
		jdbc.sql(ReadModelSql.NATIONAL_BUCKETS.formatted("month = :month")).param("month", key.month()).update();
	}

	private static java.util.Map<String, Object> params(CellKey key) {
		return java.util.Map.of("m", key.municipality(), "t", key.team(), "r", key.referrer(), "month", key.month());
	}

	private void lock(String name) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 12))) l").param(name)
				.query((rs, n) -> 1).list();
	}

	/** Counts of a rebuild, for the administrator. */
	public record RebuildResult(long events, long requests, long aggregateRows, long millis) {}

	/**
	 * Replays all stored events into the read models: empties facts and aggregates and derives them again with
	 * the same SQL the listeners use. The tables are locked meanwhile, so listeners wait and then add on top.
	 */
	@Transactional
	public RebuildResult rebuild() {
		var start = System.nanoTime();
		jdbc.sql("lock table monitoring_request_fact, monitoring_month_aggregate, monitoring_month_wait_bucket in exclusive mode")
				.update();
		jdbc.sql("truncate monitoring_request_fact, monitoring_month_aggregate, monitoring_month_wait_bucket").update();
		var requests = jdbc.sql(ReadModelSql.FACTS.formatted("true")).update();
		for (var statement : List.of(ReadModelSql.CELLS, ReadModelSql.CELL_BUCKETS, ReadModelSql.MUNICIPALITY_ROWS,
				ReadModelSql.MUNICIPALITY_BUCKETS, ReadModelSql.NATIONAL_ROWS, ReadModelSql.NATIONAL_BUCKETS)) {
			jdbc.sql(statement.formatted("true")).update();
		}
		ReadModelSql.REPORT_READ_MODELS.forEach(statement -> jdbc.sql(statement).update());
		var events = jdbc.sql("select count(*) from monitoring_event").query(Long.class).single();
		var rows = jdbc.sql("select count(*) from monitoring_month_aggregate").query(Long.class).single();
		return new RebuildResult(events, requests, rows, (System.nanoTime() - start) / 1_000_000);
	}
}
