package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes monitoring's dashboard read models: stores each received event, then derives the request's fact row from
 * the stored events (order-free and idempotent, so re-delivered or out-of-order events give the same result) and
 * moves the fact's share of the monthly pre-aggregate: what it counted before is taken off its cell, municipality and
 * national rows, what it counts now is added (ADR 0052). The cost of one event is bounded by one request, whatever
 * the month holds, and no month-wide lock is needed: the rows' own locks, taken in one order, keep the sums exact.
 */
@Component
public class DashboardReadModels {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	public DashboardReadModels(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** One event: the same steps as a batch of one. */
	@Transactional
	void receive(RawEvent event) {
		receiveAll(List.of(event));
	}

	/**
	 * Receives a batch of events in one transaction (the fold of the registration inbox, ADR 0057): the requests'
	 * locks in one (sorted) order, so two batches or a batch and a single event never wait on each other in a circle;
	 * the events stored in one statement; each request's fact refreshed; the month rows changed once for the batch.
	 */
	@Transactional
	public void receiveAll(List<RawEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		// Serialises work on one request, so two of its events handled side by side both end up in its fact.
		var requests = new TreeSet<UUID>();
		events.forEach(e -> requests.add(e.helpRequest()));
		lockAll(requests.stream().map(r -> "request:" + r).sorted().toList());
		storeAll(events);
		var changes = new MonthRowChanges();
		requests.forEach(request -> refresh(request, changes));
		for (var event : events) {
			if (event.kind() == RawEvent.Kind.TRANSITIONED && "CLOSED".equals(event.state())) {
				// A later request of the same young person may have arrived first: its repeat flag depends on this.
				jdbc.sql("select help_request_id from monitoring_event where earlier_request = ? and kind = 'REGISTERED'")
						.param(event.helpRequest()).query(UUID.class).list()
						.forEach(later -> refresh(later, changes));
			}
		}
		changes.apply(batch);
	}

	private void storeAll(List<RawEvent> events) {
		batch.batchUpdate(STORE, events.stream().map(DashboardReadModels::storeArguments).toList());
	}

	private static Object[] storeArguments(RawEvent e) {
		return new Object[] {e.helpRequest(), e.kind().name(), e.dedupKey(), e.municipality(), e.team(),
				e.occurredOn(), e.treatmentDeadline(), e.referrer(), e.crisis(), e.channel(), e.requestType(), e.age(),
				e.earlierRequest(), e.maxConversations(), e.state(), e.outcome(), e.number(), e.deadline()};
	}

	private static final String STORE = """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on,
			    treatment_deadline, referrer, crisis, channel, request_type, age, earlier_request, max_conversations,
			    state, outcome, number, deadline)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

	/** Derives one request's fact and records how its share of the month rows changed. */
	private void refresh(UUID helpRequest, MonthRowChanges changes) {
		// The fact's row lock (and a share lock on the table, so a rebuild cannot start in between) keeps "before"
		// and "after" of one fact in one transaction at a time.
		jdbc.sql("select 1 from monitoring_request_fact where help_request_id = ? for update").param(helpRequest)
				.query(Integer.class).optional();
		var before = contribution(helpRequest);
		jdbc.sql(ReadModelSql.FACTS.formatted("reg.help_request_id = :id")).param("id", helpRequest).update();
		changes.change(before.orElse(null), contribution(helpRequest).orElse(null));
	}

	private Optional<MonthRowChanges.Contribution> contribution(UUID helpRequest) {
		return jdbc.sql(ReadModelSql.CONTRIBUTION).param(helpRequest).query((rs, n) -> {
			var cell = new MonthRowChanges.RowKey(0, rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, LocalDate.class));
			var bucket = rs.getObject(5, Integer.class);
			var measures = new long[ReadModelSql.MEASURE_COLUMNS.size()];
			for (var i = 0; i < measures.length; i++) {
				measures[i] = rs.getLong(6 + i);
			}
			return new MonthRowChanges.Contribution(cell, bucket, measures);
		}).optional();
	}

	/** Advisory locks in the given order, in one statement. */
	private void lockAll(List<String> names) {
		jdbc.sql("""
				select count(pg_advisory_xact_lock(hashtextextended(n, 12)))
				from (select n from unnest(?::text[]) with ordinality u(n, i) order by i) ordered""")
				.param(names.toArray(String[]::new)).query(Long.class).single();
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
