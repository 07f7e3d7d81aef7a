package nl.jeugdregie.messaging.internal.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests, their products and answers in the database (V45_1); every query names the municipality. */
@Repository
public class RequestRecords {

	/** A message received before under the same sender, type and identification. */
	record Earlier(UUID id, String hash, byte[] retour, boolean accepted, List<String> remarks) {}

	/** A request as the worklist and its detail page show it. */
	public record Request(UUID id, MunicipalityCode municipality, String providerAgb, IjwMessageType type, String identification,
			String reference, String clientBsn, @Nullable ClientId youngPerson, @Nullable String changeReason,
			Instant receivedAt, LocalDate receivedOn, Status status, boolean pgbOverlap, long version,
			boolean allocated) {

		/** The request is still to be settled: no decline and no allocation with its reference (TR374). */
		public boolean inProgress() {
			return !allocated && status != Status.DECLINED;
		}

		String subject() {
			return "ijw-verzoek:" + id;
		}
	}

	public enum Status implements Labelled {
		OPEN, UNDER_INVESTIGATION, DECLINED,
		ALLOCATED;
	}

	/** An answer sent (JW319), with the provider's JW320 codes once it arrived. */
	public record Answer(UUID id, UUID requestId, AnswerKind kind, @Nullable DeclineReason reason, UUID messageId,
			String identification, String answeredBy, Instant answeredAt, @Nullable String retourCodes) {}

	private final JdbcClient jdbc;

	RequestRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Earlier> earlier(MunicipalityCode municipality, String sender, IjwMessageType type, String identification) {
		return jdbc.sql("""
				select id, content_hash, retour_body, outcome, remarks from messaging_message
				where municipality_code = ? and sender = ? and type = ? and identification = ? and duplicate_of is null""")
				.params(municipality.value(), sender, type.name(), identification)
				.query((rs, n) -> new Earlier(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
						"ACCEPTED".equals(rs.getString(4)),
						rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split(","))))
				.optional();
	}

	List<String> usedReferences(MunicipalityCode municipality, String agb) {
		return jdbc.sql("select reference from messaging_request where municipality_code = ? and provider_agb = ?")
				.params(municipality.value(), agb).query(String.class).list();
	}

	/** TR374: a request of this provider for this client not yet declined and not yet allocated. */
	boolean inProgress(MunicipalityCode municipality, String agb, String bsn) {
		return jdbc.sql("""
				select exists (select 1 from messaging_request r
				  where r.municipality_code = ? and r.provider_agb = ? and r.client_bsn = ? and r.status <> 'DECLINED'
				    and not %s)""".formatted(ALLOCATED))
				.params(municipality.value(), agb, bsn).query(Boolean.class).single();
	}

	/**
	 * TR359, TR374: a JW301 with the request's ReferentieAanbieder was sent to the provider: the outbox links the
	 * allocation that answers the request (messaging_allocation_reference) when it makes that JW301.
	 */
	private static final String ALLOCATED = """
			exists (select 1 from messaging_allocation_reference a where a.request_id = r.id)""";

	void insert(MunicipalityCode municipality, RequestMessage message, UUID messageId, String reference,
			@Nullable ClientId youngPerson, List<RequestMessage.Line> lines, boolean pgbOverlap, Instant at, LocalDate on) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into messaging_request (id, municipality_code, provider_agb, type, message_id, identification, reference,
				    client_bsn, young_person, change_reason, received_at, received_on, pgb_overlap)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, municipality.value(), message.header().sender(), message.header().type().name(), messageId,
						message.header().identification(), reference, message.bsn().value(),
						youngPerson == null ? null : youngPerson.value(), message.changeReason(), Timestamp.from(at), on, pgbOverlap)
				.update();
		for (var i = 0; i < lines.size(); i++) {
			var l = lines.get(i);
			jdbc.sql("""
					insert into messaging_request_product (request_id, position, kind, allocation_number, category, code,
					    valid_from, valid_until, volume, unit, frequency, budget_cents)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, i, l.kind().name(), l.allocationNumber(), l.category(), l.code(), l.from(), l.until(),
							l.volume(), l.unit(), l.frequency(), l.budgetCents())
					.update();
		}
	}

	/** Links a JW320 to the JW319 it answers (by that answer's identification); whether it was found. */
	boolean linkRetour(MunicipalityCode municipality, String agb, String answerIdentification, UUID retourId, String codes) {
		return jdbc.sql("""
				update messaging_request_answer a set retour_message_id = ?, retour_codes = ?
				from messaging_request r
				where a.request_id = r.id and r.municipality_code = ? and r.provider_agb = ? and a.identification = ?
				  and a.retour_message_id is null""")
				.params(retourId, codes, municipality.value(), agb, answerIdentification).update() > 0;
	}

	private static final String SELECT = """
			select r.id, r.municipality_code, r.provider_agb, r.type, r.identification, r.reference, r.client_bsn,
			       r.young_person, r.change_reason, r.received_at, r.received_on, r.status, r.pgb_overlap, r.version,
			       %s as allocated
			from messaging_request r""".formatted(ALLOCATED);

	Optional<Request> find(MunicipalityCode municipality, UUID id) {
		return jdbc.sql(SELECT + " where r.municipality_code = ? and r.id = ?").params(municipality.value(), id)
				.query(RequestRecords::request).optional();
	}

	/** The request's row locked for answering (the first of parallel answers wins; the rest see its answer). */
	Optional<Request> lock(MunicipalityCode municipality, UUID id) {
		return jdbc.sql(SELECT + " where r.municipality_code = ? and r.id = ? for update of r").params(municipality.value(), id)
				.query(RequestRecords::request).optional();
	}

	/** One page of the worklist: filters on status, provider and type; the oldest open first. */
	List<Request> page(MunicipalityCode municipality, RequestFilter filter) {
		var where = new StringBuilder(" where r.municipality_code = ?");
		var params = new ArrayList<Object>(List.of(municipality.value()));
		filter(filter, where, params);
		params.add(filter.size());
		params.add(filter.offset());
		return jdbc.sql("select * from (" + SELECT + where + ") r order by r.received_at, r.reference limit ? offset ?")
				.params(params).query(RequestRecords::request).list();
	}

	long count(MunicipalityCode municipality, RequestFilter filter) {
		var where = new StringBuilder(" where r.municipality_code = ?");
		var params = new ArrayList<Object>(List.of(municipality.value()));
		filter(filter, where, params);
		return jdbc.sql("select count(*) from (" + SELECT + where + ") r").params(params).query(Long.class).single();
	}

	private static void filter(RequestFilter filter, StringBuilder where, List<Object> params) {
		if (filter.provider() != null) {
			where.append(" and r.provider_agb = ?");
			params.add(filter.provider());
		}
		if (filter.type() != null) {
			where.append(" and r.type = ?");
			params.add(filter.type().name());
		}
		switch (filter.status()) {
			case TO_ANSWER -> where.append(" and r.status in ('OPEN', 'UNDER_INVESTIGATION') and not " + ALLOCATED);
			case OPEN -> where.append(" and r.status = 'OPEN' and not " + ALLOCATED);
			case UNDER_INVESTIGATION -> where.append(" and r.status = 'UNDER_INVESTIGATION' and not " + ALLOCATED);
			case SETTLED -> where.append(" and (r.status = 'DECLINED' or " + ALLOCATED + ")");
			case ALL -> {
			}
		}
	}

	List<RequestMessage.Line> lines(UUID request) {
		return jdbc.sql("""
				select kind, allocation_number, category, code, valid_from, valid_until, volume, unit, frequency, budget_cents
				from messaging_request_product where request_id = ? order by position""")
				.param(request)
				.query((rs, n) -> new RequestMessage.Line(RequestMessage.Kind.valueOf(rs.getString(1)), "-",
						(Long) rs.getObject(2), trim(rs.getString(3)), trim(rs.getString(4)), rs.getObject(5, LocalDate.class),
						rs.getObject(6, LocalDate.class), (Integer) rs.getObject(7), trim(rs.getString(8)), trim(rs.getString(9)),
						(Long) rs.getObject(10)))
				.list();
	}

	List<Answer> answers(UUID request) {
		return jdbc.sql("""
				select id, request_id, answer, reason, message_id, identification, answered_by, answered_at, retour_codes
				from messaging_request_answer where request_id = ? order by answered_at""")
				.param(request)
				.query((rs, n) -> new Answer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						AnswerKind.valueOf(rs.getString(3)),
						rs.getString(4) == null ? null : DeclineReason.ofCode(rs.getString(4)).orElseThrow(),
						rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
						rs.getString(9)))
				.list();
	}

	/** The answers (JW319) sent to one provider, newest first, for the provider's API. */
	List<SentAnswer> sentTo(MunicipalityCode municipality, @Nullable String agb, int page) {
		var sql = """
				select a.id, r.reference, r.type, r.identification, a.answer, a.reason, a.identification, a.answered_at,
				       r.provider_agb, a.retour_codes
				from messaging_request_answer a join messaging_request r on r.id = a.request_id
				where r.municipality_code = ?""" + (agb == null ? "" : " and r.provider_agb = ?")
				+ " order by a.answered_at desc, a.id limit 50 offset ?";
		var params = new ArrayList<Object>(List.of(municipality.value()));
		if (agb != null) {
			params.add(agb);
		}
		params.add(Math.max(0, page) * 50);
		return jdbc.sql(sql).params(params)
				.query((rs, n) -> new SentAnswer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3).strip(),
						rs.getString(4), AnswerKind.valueOf(rs.getString(5)).code(), rs.getString(6), rs.getString(7),
						rs.getTimestamp(8).toInstant(), rs.getString(9).strip(), rs.getString(10)))
				.list();
	}

	/** One JW319 as the provider fetches it (the XML body) with its provider. */
	Optional<Object[]> answerBody(MunicipalityCode municipality, UUID answerId) {
		return jdbc.sql("""
				select m.body, r.provider_agb from messaging_request_answer a join messaging_request r on r.id = a.request_id
				join messaging_message m on m.id = a.message_id where r.municipality_code = ? and a.id = ?""")
				.params(municipality.value(), answerId)
				.query((rs, n) -> new Object[] { rs.getBytes(1), rs.getString(2).strip() }).optional();
	}

	/** A JW319 in the provider's API: which request, which answer (WJ760 code, WJ759 reason), the JW320's codes. */
	public record SentAnswer(UUID id, String reference, String requestType, String requestIdentification, String verzoekAntwoord,
			@Nullable String redenAfwijzing, String identification, Instant sentAt, String providerAgb,
			@Nullable String retourCodes) {}

	void insertAnswer(UUID id, UUID request, AnswerKind kind, @Nullable DeclineReason reason, @Nullable String residence,
			UUID messageId, String identification, String by, Instant at) {
		jdbc.sql("""
				insert into messaging_request_answer (id, request_id, answer, reason, residence_municipality, message_id,
				    identification, answered_by, answered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, request, kind.name(), reason == null ? null : reason.code(), residence, messageId, identification,
						by, Timestamp.from(at))
				.update();
		jdbc.sql("update messaging_request set status = ?, version = version + 1 where id = ?")
				.params(kind.name(), request).update();
	}

	void insertSentMessage(UUID id, MunicipalityCode municipality, String agb, String identification, LocalDate dateStamp,
			String hash, byte[] body, String bsn, Instant at) {
		jdbc.sql("""
				insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
				    date_stamp, provider_agb, content_hash, body, outcome, client_bsn, exchanged_at)
				values (?, ?, 'SENT', 'JW319', ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?)""")
				.params(id, municipality.value(), municipality.value(), agb, identification, dateStamp, agb, hash, body, bsn,
						Timestamp.from(at))
				.update();
	}

	/** Providers that sent requests, for the filter. */
	List<String> providers(MunicipalityCode municipality) {
		return jdbc.sql("select distinct provider_agb from messaging_request where municipality_code = ? order by 1")
				.param(municipality.value()).query((rs, n) -> rs.getString(1).strip()).list();
	}

	private static Request request(ResultSet rs, int n) throws SQLException {
		var young = rs.getObject("young_person", UUID.class);
		var allocated = rs.getBoolean("allocated");
		var status = Status.valueOf(rs.getString("status"));
		return new Request(rs.getObject("id", UUID.class), new MunicipalityCode(rs.getString("municipality_code")),
				rs.getString("provider_agb").strip(), IjwMessageType.valueOf(rs.getString("type").strip()),
				rs.getString("identification"), rs.getString("reference"), rs.getString("client_bsn").strip(),
				young == null ? null : new ClientId(young), trim(rs.getString("change_reason")),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("received_on", LocalDate.class),
				allocated && status != Status.DECLINED ? Status.ALLOCATED : status, rs.getBoolean("pgb_overlap"),
				rs.getLong("version"), allocated);
	}

	private static @Nullable String trim(@Nullable String s) {
		return s == null ? null : s.strip();
	}
}
