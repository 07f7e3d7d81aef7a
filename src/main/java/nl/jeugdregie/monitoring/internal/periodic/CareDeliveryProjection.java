package nl.jeugdregie.monitoring.internal.periodic;

import nl.jeugdregie.platform.database.TextColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.jeugdregie.messaging.CareEnded;
import nl.jeugdregie.messaging.CareStarted;
import nl.jeugdregie.messaging.IjwMessagesExchanged;
import nl.jeugdregie.messaging.IjwMessagesExchanged.CareChange;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MON-5: keeps the actual start and stop of care per allocation from providers' accepted start and stop messages.
 * Idempotent: a redelivered event leaves the same row; a withdrawn start or stop undoes exactly its own effect. A judged
 * batch ({@link IjwMessagesExchanged}, ADR 0054) is applied at once: the rows it touches are read in one statement, its
 * changes applied to them in order in memory, and the outcome written in at most three statements (removed rows, new running rows, the others). A
 * single {@link CareStarted} or {@link CareEnded} is a batch of one.
 */
@Component
class CareDeliveryProjection {

	private final JdbcClient jdbc;

	CareDeliveryProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CareStarted e) {
		apply(List.of(CareChange.of(e)));
	}

	@ApplicationModuleListener
	void on(CareEnded e) {
		apply(List.of(CareChange.of(e)));
	}

	@ApplicationModuleListener
	void on(IjwMessagesExchanged e) {
		apply(e.care());
	}

	/** One row of {@code monitoring_care_delivery}. */
	private record Key(String municipality, long allocation, LocalDate startedOn) {}

	/** A row's end of care; {@code endedOn} null while care runs. */
	private record Row(@Nullable LocalDate endedOn, @Nullable String reason, boolean temporary) {
		static final Row RUNNING = new Row(null, null, false);
	}

	void apply(List<CareChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		var keys = new ArrayList<Key>(new java.util.LinkedHashSet<>(changes.stream()
				.map(c -> new Key(c.municipality().value(), c.allocationNumber(), c.startedOn())).toList()));
		// The rows as they are (null: no row), locked, so two batches on the same allocations apply one after the other.
		var rows = new LinkedHashMap<Key, @Nullable Row>();
		keys.forEach(k -> rows.put(k, null));
		var read = new java.util.HashSet<Key>();
		jdbc.sql("""
				select d.municipality_code, d.allocation_number, d.started_on, d.ended_on, d.end_reason, d.temporary
				from monitoring_care_delivery d
				join unnest(?::text[], ?::bigint[], ?::text[]) as k (m, a, s)
				  on d.municipality_code = k.m::bpchar and d.allocation_number = k.a and d.started_on = k.s::date
				for update of d""")
				.params(TextColumn.of(keys, Key::municipality), keys.stream().map(Key::allocation).toArray(Long[]::new),
						TextColumn.of(keys, k -> k.startedOn().toString()))
				.query(rs -> {
					var reason = rs.getString(5);
					var key = new Key(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class));
					read.add(key);
					rows.put(key, new Row(rs.getObject(4, LocalDate.class), reason == null ? null : reason.strip(),
							rs.getBoolean(6)));
				});
		for (var c : changes) {
			var key = new Key(c.municipality().value(), c.allocationNumber(), c.startedOn());
			var row = rows.get(key);
			rows.put(key, switch (c.kind()) {
				// A start inserts its row once; a withdrawn start removes it.
				case STARTED -> c.withdrawn() ? null : row == null ? Row.RUNNING : row;
				// A stop may arrive before its start was projected: it keeps the start with it. A withdrawn stop clears
				// exactly its own end.
				case ENDED -> !c.withdrawn() ? new Row(c.endedOn(), c.reason(), c.temporary())
						: row != null && Objects.equals(row.endedOn(), c.endedOn()) ? Row.RUNNING : row;
			});
		}
		// Removed: rows read (and locked) that end up without a start, and rows whose start this batch withdraws (as a
		// withdrawn start always removed its row). A key only touched by a withdrawn stop, never read, is left alone.
		var withdrawnStarts = changes.stream().filter(c -> c.kind() == CareChange.Kind.STARTED && c.withdrawn())
				.map(c -> new Key(c.municipality().value(), c.allocationNumber(), c.startedOn())).collect(Collectors.toSet());
		var removed = rows.entrySet().stream().filter(e -> e.getValue() == null)
				.map(java.util.Map.Entry::getKey).filter(k -> read.contains(k) || withdrawnStarts.contains(k)).toList();
		if (!removed.isEmpty()) {
			jdbc.sql("""
					delete from monitoring_care_delivery d using unnest(?::text[], ?::bigint[], ?::text[]) as k (m, a, s)
					where d.municipality_code = k.m::bpchar and d.allocation_number = k.a and d.started_on = k.s::date""")
					.params(TextColumn.of(removed, Key::municipality), removed.stream().map(Key::allocation).toArray(Long[]::new),
							TextColumn.of(removed, k -> k.startedOn().toString()))
					.update();
		}
		// A row that did not exist when read was not locked: another batch may insert it meanwhile (its stop, say). A
		// start that only creates a running row must then leave that row as it is, as a start always did; every
		// other outcome (a stop, or a row read under its lock) is written over it.
		var started = new ArrayList<java.util.Map.Entry<Key, @Nullable Row>>();
		var written = new ArrayList<java.util.Map.Entry<Key, @Nullable Row>>();
		for (var entry : rows.entrySet()) {
			if (entry.getValue() != null) {
				(!read.contains(entry.getKey()) && Row.RUNNING.equals(entry.getValue()) ? started : written).add(entry);
			}
		}
		write(started, "do nothing");
		write(written, """
				(municipality_code, allocation_number, started_on) do update
				set ended_on = excluded.ended_on, end_reason = excluded.end_reason, temporary = excluded.temporary""");
	}

	private void write(List<java.util.Map.Entry<Key, @Nullable Row>> kept, String onConflict) {
		if (kept.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into monitoring_care_delivery (municipality_code, allocation_number, started_on, ended_on,
				    end_reason, temporary)
				select m, a, s::date, e::date, r, t from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[],
				    ?::boolean[]) as k (m, a, s, e, r, t)
				on conflict\s""" + onConflict)
				.params(TextColumn.of(kept, e -> e.getKey().municipality()),
						kept.stream().map(e -> e.getKey().allocation()).toArray(Long[]::new),
						TextColumn.of(kept, e -> e.getKey().startedOn().toString()),
						TextColumn.of(kept, e -> Objects.requireNonNull(e.getValue()).endedOn() == null ? null
								: Objects.requireNonNull(e.getValue()).endedOn().toString()),
						TextColumn.of(kept, e -> Objects.requireNonNull(e.getValue()).reason()),
						kept.stream().map(e -> Objects.requireNonNull(e.getValue()).temporary()).toArray(Boolean[]::new))
				.update();
	}
}
