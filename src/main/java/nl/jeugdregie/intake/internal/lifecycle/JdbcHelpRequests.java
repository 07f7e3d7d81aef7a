package nl.jeugdregie.intake.internal.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.intake.internal.registration.Bsn;
import nl.jeugdregie.intake.internal.registration.Carer;
import nl.jeugdregie.intake.internal.registration.EarlierRequest;
import nl.jeugdregie.intake.internal.registration.YoungPerson;
import nl.jeugdregie.platform.numbering.CaseNumberSeries;
import nl.jeugdregie.platform.numbering.CaseNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores help requests; saving a changed request fails when someone else changed it meanwhile. */
@Repository
public class JdbcHelpRequests {

	private final JdbcClient jdbc;
	private final CaseNumbers numbers;

	JdbcHelpRequests(JdbcClient jdbc, CaseNumbers numbers) {
		this.jdbc = jdbc;
		this.numbers = numbers;
	}

	/** The next number of this municipality's series for the year, such as {@code HV-0828-2026-000123}. */
	public String nextNumber(MunicipalityCode municipality, int year) {
		return numbers.next(new CaseNumberSeries("HV", municipality.value(), year));
	}

	/** OND-5: the school location that referred the request. */
	public void referredBySchool(HelpRequestId id, java.util.UUID schoolLocation) {
		jdbc.sql("update help_request set school_location_id = ? where id = ?").params(schoolLocation, id.value()).update();
	}

	public void insert(HelpRequest request) {
		var person = request.youngPerson();
		var carer = request.carer();
		jdbc.sql("""
				insert into help_request (id, number, client_id, municipality_code, team_id, given_name, family_name,
				  date_of_birth, bsn, carer_name, carer_relation, channel, referrer, question, registered_at,
				  registered_on, registered_by, treatment_deadline, state, crisis, request_type, assigned_to, earlier_request_id,
				  earlier_request_number, version)
				values (:id, :number, :client, :municipality, :team, :givenName, :familyName, :dateOfBirth, :bsn,
				  :carerName, :carerRelation, :channel, :referrer, :question, :registeredAt, :registeredOn,
				  :registeredBy, :deadline, :state, :crisis, :type, :assignedTo, :earlierId, :earlierNumber, 0)""")
				.param("id", request.id().value())
				.param("number", request.number())
				.param("client", request.client().value())
				.param("municipality", request.municipality().value())
				.param("team", request.team().value())
				.param("givenName", person.givenName())
				.param("familyName", person.familyName())
				.param("dateOfBirth", person.dateOfBirth())
				.param("bsn", person.bsn() == null ? null : person.bsn().value())
				.param("carerName", carer == null ? null : carer.name())
				.param("carerRelation", carer == null ? null : carer.relation())
				.param("channel", request.channel().name())
				.param("referrer", request.referrer().name())
				.param("question", request.question())
				.param("registeredAt", request.registeredAt().atOffset(ZoneOffset.UTC))
				.param("registeredOn", request.registeredOn())
				.param("registeredBy", request.registeredBy())
				.param("deadline", request.clock().deadline())
				.param("state", request.state().code())
				.param("crisis", request.crisis().name())
				.param("type", request.type().name())
				.param("assignedTo", request.assignedTo())
				.param("earlierId", request.earlierRequest() == null ? null : request.earlierRequest().id().value())
				.param("earlierNumber", request.earlierRequest() == null ? null : request.earlierRequest().number())
				.update();
	}

	/** Saves the lifecycle; refuses when the stored version is no longer the one that was read. */
	public void saveState(HelpRequest request, Instant now) {
		var state = request.state();
		var triage = request.triage();
		var continuation = request.continuation();
		var agreement = request.contactAgreement();
		// The application date and its lead-time deadline stay after closure: the file and the TOE-8 figures need them.
		var updated = jdbc.sql("""
				update help_request set state = :state, treatment_started_on = :startedOn, treatment_started_by = :startedBy,
				  triage_outcome = :outcome, triage_urgency = :urgency, triage_reason = :reason,
				  family_explanation = :explanation, triaged_on = :triagedOn, triaged_by = :triagedBy,
				  continuation_reason = :continuationReason, continuation_on = :continuationOn,
				  continuation_by = :continuationBy, application_due = :applicationDue, applied_on = coalesce(:appliedOn, applied_on),
				  lead_time_deadline = coalesce(:leadTimeDeadline, lead_time_deadline), closed_on = :closedOn, closure_reason = :closureReason,
				  closed_by = :closedBy, contact_every_days = :contactEveryDays, contact_agreed_on = :contactAgreedOn,
				  contact_agreed_by = :contactAgreedBy, assigned_to = :assignedTo, version = version + 1
				where id = :id and version = :version""")
				.param("state", state.code())
				.param("startedOn", request.treatmentStartedOn())
				.param("startedBy", request.treatmentStartedBy())
				.param("outcome", triage == null ? null : triage.outcome().name())
				.param("urgency", triage == null ? null : triage.urgency().name())
				.param("reason", triage == null ? null : triage.reason())
				.param("explanation", triage == null ? null : triage.familyExplanation())
				.param("triagedOn", triage == null ? null : triage.decidedOn())
				.param("triagedBy", triage == null ? null : triage.decidedBy())
				.param("continuationReason", continuation == null ? null : continuation.reason())
				.param("continuationOn", continuation == null ? null : continuation.decidedOn())
				.param("continuationBy", continuation == null ? null : continuation.decidedBy())
				.param("applicationDue", state instanceof HelpRequestState.AwaitingApplication a ? a.applicationDue() : null)
				.param("appliedOn", state instanceof HelpRequestState.ApplicationMade a ? a.appliedOn() : null)
				.param("leadTimeDeadline", state instanceof HelpRequestState.ApplicationMade a ? a.leadTimeDeadline() : null)
				.param("closedOn", state instanceof HelpRequestState.Closed c ? c.closedOn() : null)
				.param("closureReason", state instanceof HelpRequestState.Closed c ? c.reason().name() : null)
				.param("closedBy", state instanceof HelpRequestState.Closed c ? c.closedBy() : null)
				.param("contactEveryDays", agreement == null ? null : agreement.everyDays())
				.param("contactAgreedOn", agreement == null ? null : agreement.agreedOn())
				.param("contactAgreedBy", agreement == null ? null : agreement.agreedBy())
				.param("assignedTo", request.assignedTo())
				.param("id", request.id().value())
				.param("version", request.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Help request changed concurrently");
		}
		for (var conversation : request.newConversations()) {
			jdbc.sql("""
					insert into help_request_conversation (help_request_id, held_on, professional, recorded_at)
					values (?, ?, ?, ?)""")
					.params(request.id().value(), conversation.heldOn(), conversation.professional(), now.atOffset(ZoneOffset.UTC))
					.update();
		}
		for (var contact : request.newWaitingContacts()) {
			jdbc.sql("""
					insert into help_request_waiting_contact (help_request_id, contacted_on, professional, recorded_at)
					values (?, ?, ?, ?)""")
					.params(request.id().value(), contact.contactedOn(), contact.professional(), now.atOffset(ZoneOffset.UTC))
					.update();
		}
	}

	public Optional<HelpRequest> find(HelpRequestId id) {
		return withConversations(jdbc.sql("select * from help_request where id = ?").param(id.value())
				.query(JdbcHelpRequests::row).list()).stream().findFirst();
	}

	/** The requests with these ids, in the order of {@code ids} (a page of a list); unknown ids are left out. */
	public List<HelpRequest> findAll(List<HelpRequestId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = withConversations(jdbc.sql("select * from help_request where id = any(?)")
				.param(ids.stream().map(HelpRequestId::value).toArray(UUID[]::new)).query(JdbcHelpRequests::row).list());
		var byId = new HashMap<HelpRequestId, HelpRequest>();
		found.forEach(r -> byId.put(r.id(), r));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** TOE-12: the latest earlier request of a client in the municipality, with who handled it. */
	public Optional<EarlierRequest> latestOf(MunicipalityCode municipality, ClientId client) {
		return jdbc.sql("""
				select id, number, closed_on, coalesce(assigned_to, treatment_started_by, registered_by) as handled_by
				from help_request where municipality_code = ? and client_id = ?
				order by registered_at desc limit 1""")
				.params(municipality.value(), client.value())
				.query((rs, n) -> new EarlierRequest(new HelpRequestId(rs.getObject("id", UUID.class)), rs.getString("number"),
						rs.getObject("closed_on", LocalDate.class), rs.getString("handled_by")))
				.optional();
	}

	public Optional<ClientId> clientWithBsn(MunicipalityCode municipality, String bsn) {
		return jdbc.sql("select client_id from help_request where municipality_code = ? and bsn = ? limit 1")
				.params(municipality.value(), bsn)
				.query((rs, row) -> new ClientId(rs.getObject(1, UUID.class))).optional();
	}

	/**
	 * The team's {@code limit} most urgent requests waiting for treatment (crises first, then by deadline), so a
	 * list's cost follows what it shows, not how long the team's queue is.
	 */
	public List<HelpRequest> awaitingTreatment(TeamId team, int limit) {
		return withConversations(jdbc.sql("""
				select * from help_request where team_id = ? and state = 'AWAITING_TREATMENT'
				order by crisis = 'NONE', treatment_deadline, registered_at limit ?""")
				.params(team.value(), limit).query(JdbcHelpRequests::row).list());
	}

	/** TOE-6: how many of the team's non-crisis requests wait past their term without an agreed contact frequency. */
	public long countOverdueWithoutContactAgreement(TeamId team, LocalDate today) {
		return jdbc.sql("""
				select count(*) from help_request where team_id = ? and state = 'AWAITING_TREATMENT' and crisis = 'NONE'
				  and treatment_deadline < ? and contact_every_days is null""")
				.params(team.value(), today).query(Long.class).single();
	}

	/** TOE-6 on the start page: agreed contacts due today or earlier, and waiting past the term without agreement. */
	public record ContactsDue(long due, long withoutAgreement) {}

	/**
	 * The start page's TOE-6 counts over the whole team, counted by PostgreSQL: the next contact is due
	 * {@code everyDays} after the later of the agreement and the last contact ({@link HelpRequest#nextContactDue()}).
	 */
	public ContactsDue contactsDue(TeamId team, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where h.contact_every_days is not null
				           and greatest(h.contact_agreed_on, (select max(c.contacted_on) from help_request_waiting_contact c
				                                              where c.help_request_id = h.id)) + h.contact_every_days <= ?),
				       count(*) filter (where h.contact_every_days is null and h.treatment_deadline < ?)
				from help_request h where h.team_id = ? and h.state = 'AWAITING_TREATMENT'""")
				.params(today, today, team.value())
				.query((rs, n) -> new ContactsDue(rs.getLong(1), rs.getLong(2))).single();
	}

	/** How many of the team's requests wait for treatment. */
	public long countAwaitingTreatment(TeamId team) {
		return jdbc.sql("select count(*) from help_request where team_id = ? and state = 'AWAITING_TREATMENT'")
				.param(team.value()).query(Long.class).single();
	}

	/** TOE-16: the team's open integrated early-help registrations, oldest first. */
	public List<HelpRequest> openEarlyHelp(TeamId team) {
		return withConversations(jdbc.sql("""
				select * from help_request where team_id = ? and request_type = 'INTEGRATED_EARLY_HELP' and state <> 'CLOSED'
				order by registered_at""")
				.param(team.value()).query(JdbcHelpRequests::row).list());
	}

	/** The team's requests that started treatment on or after {@code since}, newest first. */
	public List<HelpRequest> startedSince(TeamId team, LocalDate since, int limit) {
		return withConversations(jdbc.sql("""
				select * from help_request where team_id = ? and treatment_started_on >= ?
				order by treatment_started_on desc, registered_at desc limit ?""")
				.params(team.value(), since, limit).query(JdbcHelpRequests::row).list());
	}

	/** A request as stored, before its conversations are attached. */
	private record Row(HelpRequest request, @Nullable TriageDecision triage, @Nullable ContinuationDecision continuation,
			@Nullable ContactAgreement contactAgreement) {}

	private List<HelpRequest> withConversations(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(r -> r.request().id().value()).toArray(UUID[]::new);
		var conversations = new HashMap<UUID, List<Conversation>>();
		jdbc.sql("""
				select help_request_id, held_on, professional from help_request_conversation
				where help_request_id = any(?) order by held_on, id""")
				.param(ids)
				.query(rs -> {
					conversations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
							.add(new Conversation(rs.getObject(2, LocalDate.class), rs.getString(3)));
				});
		var contacts = new HashMap<UUID, List<WaitingContact>>();
		jdbc.sql("""
				select help_request_id, contacted_on, professional from help_request_waiting_contact
				where help_request_id = any(?) order by contacted_on, id""")
				.param(ids)
				.query(rs -> {
					contacts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
							.add(new WaitingContact(rs.getObject(2, LocalDate.class), rs.getString(3)));
				});
		return rows.stream().map(r -> {
			var h = r.request();
			var request = new HelpRequest(h.id(), h.number(), h.client(), h.municipality(), h.team(), h.youngPerson(),
					h.carer(), h.channel(), h.referrer(), h.question(), h.registeredAt(), h.registeredBy(), h.clock(),
					h.state(), h.version(), conversations.getOrDefault(h.id().value(), List.of()), r.triage(),
					r.continuation());
			request.restoreWaitingContacts(r.contactAgreement(), contacts.getOrDefault(h.id().value(), List.of()));
			request.markCrisis(h.crisis());
			request.classify(h.type());
			if (h.earlierRequest() != null || h.assignedTo() != null) {
				request.returningFrom(h.earlierRequest(), h.assignedTo());
			}
			return request;
		}).toList();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		var bsn = rs.getString("bsn");
		var carerName = rs.getString("carer_name");
		var request = new HelpRequest(new HelpRequestId(rs.getObject("id", UUID.class)), rs.getString("number"),
				new ClientId(rs.getObject("client_id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), new TeamId(rs.getObject("team_id", UUID.class)),
				new YoungPerson(rs.getString("given_name"), rs.getString("family_name"),
						rs.getObject("date_of_birth", LocalDate.class), bsn == null ? null : new Bsn(bsn)),
				carerName == null ? null : new Carer(carerName, rs.getString("carer_relation")),
				Channel.valueOf(rs.getString("channel")), Referrer.valueOf(rs.getString("referrer")),
				rs.getString("question"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
				rs.getString("registered_by"),
				new TreatmentClock(rs.getObject("registered_on", LocalDate.class),
						rs.getObject("treatment_deadline", LocalDate.class)),
				state(rs), rs.getLong("version"));
		request.markCrisis(Crisis.valueOf(rs.getString("crisis")));
		request.classify(RequestType.valueOf(rs.getString("request_type")));
		var earlierId = rs.getObject("earlier_request_id", UUID.class);
		if (earlierId != null || rs.getString("assigned_to") != null) {
			request.returningFrom(earlierId == null ? null : new EarlierRequest(new HelpRequestId(earlierId),
					rs.getString("earlier_request_number"), null, ""), rs.getString("assigned_to"));
		}
		var everyDays = rs.getObject("contact_every_days", Integer.class);
		return new Row(request, triage(rs), continuation(rs), everyDays == null ? null
				: new ContactAgreement(everyDays, rs.getObject("contact_agreed_on", LocalDate.class),
						rs.getString("contact_agreed_by")));
	}

	private static HelpRequestState state(ResultSet rs) throws SQLException {
		return switch (rs.getString("state")) {
			case "AWAITING_TREATMENT" -> new HelpRequestState.AwaitingTreatment();
			case "IN_TRIAGE" -> new HelpRequestState.InTriage();
			case "IN_CJG_TREATMENT" -> new HelpRequestState.InCjgTreatment();
			case "AWAITING_APPLICATION" -> new HelpRequestState.AwaitingApplication(
					rs.getObject("application_due", LocalDate.class));
			case "APPLICATION_MADE" -> new HelpRequestState.ApplicationMade(rs.getObject("applied_on", LocalDate.class),
					rs.getObject("lead_time_deadline", LocalDate.class));
			case "CLOSED" -> new HelpRequestState.Closed(rs.getObject("closed_on", LocalDate.class),
					ClosureReason.valueOf(rs.getString("closure_reason")), rs.getString("closed_by"),
					rs.getObject("applied_on", LocalDate.class) == null ? null : new HelpRequestState.ApplicationMade(
							rs.getObject("applied_on", LocalDate.class), rs.getObject("lead_time_deadline", LocalDate.class)));
			default -> throw new IllegalStateException("Unknown state " + rs.getString("state"));
		};
	}

	private static @Nullable TriageDecision triage(ResultSet rs) throws SQLException {
		var outcome = rs.getString("triage_outcome");
		return outcome == null ? null : new TriageDecision(TriageOutcome.valueOf(outcome),
				Urgency.valueOf(rs.getString("triage_urgency")), rs.getString("triage_reason"),
				rs.getString("family_explanation"), rs.getObject("triaged_on", LocalDate.class), rs.getString("triaged_by"));
	}

	private static @Nullable ContinuationDecision continuation(ResultSet rs) throws SQLException {
		var reason = rs.getString("continuation_reason");
		return reason == null ? null : new ContinuationDecision(reason, rs.getObject("continuation_on", LocalDate.class),
				rs.getString("continuation_by"));
	}
}
