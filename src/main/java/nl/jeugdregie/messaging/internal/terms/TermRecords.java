package nl.jeugdregie.messaging.internal.terms;

import nl.jeugdregie.platform.database.TextColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged.Direction;
import nl.jeugdregie.messaging.IjwMessageExchanged.Outcome;
import nl.jeugdregie.messaging.IjwMessageExchanged.RequestAnswer;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the terms: the messages seen ({@code messaging_term_message}) and the terms ({@code messaging_term}). */
@Repository
class TermRecords {

	private static final String STATUS = """
			case when t.met_on is not null then case when t.met_on <= t.due_on then 'IN_TIME' else 'LATE' end
			     when :today <= t.due_on then 'DUE' else 'OVERDUE' end""";

	private final JdbcClient jdbc;

	TermRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Handles one municipality's messages one at a time, until the transaction ends: a request and its answer handled
	 * at once in two transactions would each miss the other's row, and the term would stay open for ever.
	 */
	void lockMunicipality(MunicipalityCode municipality) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('messaging_term'), hashtext(?))").param(municipality.value())
				.query((rs, row) -> 1).list();
	}

	/** A remembered message's key. */
	record Key(String municipality, String providerAgb, IjwMessageType type, String reference) {
		static Key of(ExchangedMessage m) {
			return new Key(m.municipality().value(), m.providerAgb(), m.type(), m.reference());
		}
	}

	/** The messages that answer a message are found by its municipality, provider and identification. */
	record Question(String municipality, String providerAgb, String reference) {
		static Question of(ExchangedMessage m) {
			return new Question(m.municipality().value(), m.providerAgb(), m.reference());
		}
	}

	/** A term derived for a message, to be written. */
	record Saved(ExchangedMessage message, DerivedTerm term) {}

	/**
	 * Remembers every message in one statement; the ones not remembered before, in their order (the same event again, or
	 * the same key twice in the batch, is remembered once).
	 */
	List<ExchangedMessage> rememberAll(List<ExchangedMessage> messages, Instant now) {
		var unique = new java.util.LinkedHashMap<Key, ExchangedMessage>();
		messages.forEach(m -> unique.putIfAbsent(Key.of(m), m));
		var rows = List.copyOf(unique.values());
		var recordedAt = now.toString();
		var inserted = new java.util.HashSet<Key>();
		jdbc.sql("""
				insert into messaging_term_message (municipality_code, provider_agb, message_type, reference, direction,
				    outcome, answers, care_date, request_answer, exchanged_at, recorded_at)
				select m, p, t, r, d, o, a, c::date, q, e::timestamptz, ?::timestamptz
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				            ?::text[], ?::text[]) as u (m, p, t, r, d, o, a, c, q, e)
				on conflict (municipality_code, provider_agb, message_type, reference) do nothing
				returning municipality_code, provider_agb, message_type, reference""")
				.params(recordedAt, TextColumn.of(rows, m -> m.municipality().value()), TextColumn.of(rows, ExchangedMessage::providerAgb),
						TextColumn.of(rows, m -> m.type().name()), TextColumn.of(rows, ExchangedMessage::reference),
						TextColumn.of(rows, m -> m.direction().name()), TextColumn.of(rows, m -> m.outcome().name()),
						TextColumn.of(rows, ExchangedMessage::answers),
						TextColumn.of(rows, m -> m.careDate() == null ? null : m.careDate().toString()),
						TextColumn.of(rows, m -> m.requestAnswer() == null ? null : m.requestAnswer().name()),
						TextColumn.of(rows, m -> m.exchangedAt().toString()))
				.query(rs -> {
					inserted.add(new Key(rs.getString(1), rs.getString(2), IjwMessageType.valueOf(rs.getString(3).strip()),
							rs.getString(4)));
				});
		return rows.stream().filter(m -> inserted.contains(Key.of(m))).toList();
	}

	/**
	 * The remembered messages with the given keys (in one statement). Each key is looked up by the primary key
	 * (lateral): a plain join let the planner hash the whole table for a batch, a cost that grows with every message ever
	 * remembered.
	 */
	List<ExchangedMessage> messages(java.util.Collection<Key> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		var rows = List.copyOf(new java.util.LinkedHashSet<>(keys));
		return jdbc.sql("""
				select m.* from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as k (m, p, t, r)
				cross join lateral (select * from messaging_term_message x
				    where x.municipality_code = k.m::bpchar and x.provider_agb = k.p::bpchar and x.message_type = k.t::bpchar
				      and x.reference = k.r) m""")
				.params(TextColumn.of(rows, Key::municipality), TextColumn.of(rows, Key::providerAgb), TextColumn.of(rows, k -> k.type().name()),
						TextColumn.of(rows, Key::reference))
				.query(TermRecords::message).list();
	}

	/** Per message asked about, the remembered messages that answer it (of any type; the caller filters). */
	Map<Question, List<ExchangedMessage>> answersTo(java.util.Collection<ExchangedMessage> questions) {
		var result = new java.util.HashMap<Question, List<ExchangedMessage>>();
		if (questions.isEmpty()) {
			return result;
		}
		var rows = List.copyOf(questions.stream().map(Question::of).collect(java.util.stream.Collectors.toCollection(
				java.util.LinkedHashSet::new)));
		jdbc.sql("""
				select m.* from messaging_term_message m
				join unnest(?::text[], ?::text[], ?::text[]) as k (m, p, r)
				  on m.municipality_code = k.m::bpchar and m.provider_agb = k.p::bpchar and m.answers = k.r""")
				.params(TextColumn.of(rows, Question::municipality), TextColumn.of(rows, Question::providerAgb),
						TextColumn.of(rows, Question::reference))
				.query(TermRecords::message).list()
				.forEach(m -> result.computeIfAbsent(new Question(m.municipality().value(), m.providerAgb(),
						java.util.Objects.requireNonNull(m.answers())), q -> new ArrayList<>()).add(m));
		return result;
	}

	/** Writes derived terms over what was derived before, in one statement per 5,000; the last of a key wins. */
	void saveAll(List<Saved> terms) {
		var unique = new java.util.LinkedHashMap<List<Object>, Saved>();
		for (var saved : terms) {
			var m = saved.message();
			unique.put(List.of(m.municipality().value(), m.providerAgb(), m.type(), m.reference(), saved.term().kind()),
					saved);
		}
		var all = List.copyOf(unique.values());
		for (var from = 0; from < all.size(); from += 5_000) {
			var rows = all.subList(from, Math.min(all.size(), from + 5_000));
			jdbc.sql("""
					insert into messaging_term (municipality_code, provider_agb, message_type, reference, kind, flow, side,
					    started_on, due_on, met_on, met_by_type, met_by_reference)
					select m, p, t, r, k, f, s, b::date, d::date, e::date, y, x
					from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					            ?::text[], ?::text[], ?::text[], ?::text[]) as u (m, p, t, r, k, f, s, b, d, e, y, x)
					on conflict (municipality_code, provider_agb, message_type, reference, kind) do update
					set flow = excluded.flow, side = excluded.side, started_on = excluded.started_on, due_on = excluded.due_on,
					    met_on = excluded.met_on, met_by_type = excluded.met_by_type, met_by_reference = excluded.met_by_reference""")
					.params(TextColumn.of(rows, t -> t.message().municipality().value()),
							TextColumn.of(rows, t -> t.message().providerAgb()), TextColumn.of(rows, t -> t.message().type().name()),
							TextColumn.of(rows, t -> t.message().reference()), TextColumn.of(rows, t -> t.term().kind().name()),
							TextColumn.of(rows, t -> t.term().flow().name()), TextColumn.of(rows, t -> t.term().side().name()),
							TextColumn.of(rows, t -> t.term().startedOn().toString()), TextColumn.of(rows, t -> t.term().dueOn().toString()),
							TextColumn.of(rows, t -> t.term().metOn() == null ? null : t.term().metOn().toString()),
							TextColumn.of(rows, t -> t.term().metByType() == null ? null : t.term().metByType().name()),
							TextColumn.of(rows, t -> t.term().metByReference()))
					.update();
		}
	}

	long total(MunicipalityCode municipality, TermFilter filter, LocalDate today) {
		var where = new Where(municipality, filter, today);
		return jdbc.sql("select count(*) from messaging_term t where " + where.sql).params(where.params)
				.query(Long.class).single();
	}

	/** One page, most urgent first: overdue by due date, open by due date, late, then in time; newest first within. */
	List<ListedTerm> page(MunicipalityCode municipality, TermFilter filter, LocalDate today) {
		var where = new Where(municipality, filter, today);
		var params = new java.util.HashMap<>(where.params);
		params.put("limit", filter.size());
		params.put("offset", filter.offset());
		return jdbc.sql("select t.*, " + STATUS + " as status from messaging_term t where " + where.sql + " " + """
				 order by case when t.met_on is null and t.due_on < :today then 0 when t.met_on is null then 1
				               when t.met_on > t.due_on then 2 else 3 end,
				          case when t.met_on is null then t.due_on end, t.due_on desc, t.id desc
				 limit :limit offset :offset""")
				.params(params).query(TermRecords::listed).list();
	}

	/** Per flow the terms in time, late, open and overdue (the provider filter applies; status does not). */
	Map<MessageFlow, FlowCounts> counts(MunicipalityCode municipality, @Nullable String providerAgb, LocalDate today) {
		var counts = new EnumMap<MessageFlow, FlowCounts>(MessageFlow.class);
		for (var flow : MessageFlow.values()) {
			counts.put(flow, new FlowCounts(flow, 0, 0, 0, 0));
		}
		jdbc.sql("select t.flow, " + STATUS + " " + """
				 as status, count(*) as n from messaging_term t
				where t.municipality_code = :municipality and (cast(:provider as text) is null or t.provider_agb = :provider)
				group by 1, 2""")
				.param("municipality", municipality.value()).param("provider", providerAgb).param("today", today)
				.query(rs -> {
					var flow = MessageFlow.valueOf(rs.getString("flow"));
					counts.put(flow, counts.get(flow).plus(TermStatus.valueOf(rs.getString("status")), rs.getLong("n")));
				});
		return counts;
	}

	/** The AGB codes of the providers the municipality has terms with. */
	List<String> providers(MunicipalityCode municipality) {
		return jdbc.sql("select distinct provider_agb from messaging_term where municipality_code = ? order by 1")
				.param(municipality.value()).query(String.class).list().stream().map(String::strip).toList();
	}

	/** The where clause of a filtered list; {@code today} decides open versus overdue. */
	private static final class Where {
		final String sql;
		final Map<String, Object> params = new java.util.HashMap<>();

		Where(MunicipalityCode municipality, TermFilter filter, LocalDate today) {
			var clauses = new ArrayList<String>();
			clauses.add("t.municipality_code = :municipality");
			params.put("municipality", municipality.value());
			params.put("today", today);
			if (filter.flow() != null) {
				clauses.add("t.flow = :flow");
				params.put("flow", filter.flow().name());
			}
			if (filter.provider() != null) {
				clauses.add("t.provider_agb = :provider");
				params.put("provider", filter.provider().value());
			}
			if (filter.side() != null) {
				clauses.add("t.side = :side");
				params.put("side", filter.side().name());
			}
			clauses.add(switch (filter.status()) {
				case ATTENTION -> "(t.met_on is null or t.met_on > t.due_on)";
				case DUE -> "(t.met_on is null and t.due_on >= :today)";
				case OVERDUE -> "(t.met_on is null and t.due_on < :today)";
				case LATE -> "t.met_on > t.due_on";
				case IN_TIME -> "t.met_on <= t.due_on";
				case ALL -> "true";
			});
			sql = String.join(" and ", clauses);
		}
	}

	private static ExchangedMessage message(ResultSet rs, int row) throws SQLException {
		var careDate = rs.getObject("care_date", LocalDate.class);
		var answer = rs.getString("request_answer");
		return new ExchangedMessage(new MunicipalityCode(rs.getString("municipality_code")),
				rs.getString("provider_agb"), IjwMessageType.valueOf(rs.getString("message_type")),
				rs.getString("reference"), Direction.valueOf(rs.getString("direction")),
				Outcome.valueOf(rs.getString("outcome")), rs.getString("answers"), careDate,
				answer == null ? null : RequestAnswer.valueOf(answer), rs.getTimestamp("exchanged_at").toInstant());
	}

	private static ListedTerm listed(ResultSet rs, int row) throws SQLException {
		var metByType = rs.getString("met_by_type");
		return new ListedTerm(rs.getLong("id"), TermKind.valueOf(rs.getString("kind")),
				MessageFlow.valueOf(rs.getString("flow")), IjwMessageType.Side.valueOf(rs.getString("side")),
				rs.getString("provider_agb"), IjwMessageType.valueOf(rs.getString("message_type")),
				rs.getString("reference"), rs.getObject("started_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getObject("met_on", LocalDate.class),
				metByType == null ? null : IjwMessageType.valueOf(metByType), rs.getString("met_by_reference"),
				TermStatus.valueOf(rs.getString("status")));
	}
}
