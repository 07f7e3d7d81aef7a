package nl.jeugdregie.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores help requests; saving a changed request fails when someone else changed it meanwhile. */
@Repository
class JdbcHelpRequests {

	private final JdbcClient jdbc;

	JdbcHelpRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextNumber(int year) {
		var sequence = jdbc.sql("select nextval('help_request_number_seq')").query(Long.class).single();
		return "HV-%d-%06d".formatted(year, sequence);
	}

	void insert(HelpRequest request) {
		var person = request.youngPerson();
		var carer = request.carer();
		jdbc.sql("""
				insert into help_request (id, number, client_id, municipality_code, team_id, given_name, family_name,
				  date_of_birth, bsn, carer_name, carer_relation, channel, referrer, question, registered_at,
				  registered_on, registered_by, treatment_deadline, state, version)
				values (:id, :number, :client, :municipality, :team, :givenName, :familyName, :dateOfBirth, :bsn,
				  :carerName, :carerRelation, :channel, :referrer, :question, :registeredAt, :registeredOn,
				  :registeredBy, :deadline, :state, 0)""")
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
				.update();
	}

	/** Saves the state; refuses when the stored version is no longer the one that was read. */
	void saveState(HelpRequest request) {
		var startedBy = request.state() instanceof HelpRequestState.InTreatment t ? t.professional() : null;
		var updated = jdbc.sql("""
				update help_request set state = ?, treatment_started_on = ?, treatment_started_by = ?,
				  version = version + 1
				where id = ? and version = ?""")
				.params(request.state().code(), request.treatmentStartedOn(), startedBy, request.id().value(),
						request.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Help request changed concurrently");
		}
	}

	Optional<HelpRequest> find(HelpRequestId id) {
		return jdbc.sql("select * from help_request where id = ?").param(id.value()).query(JdbcHelpRequests::map)
				.optional();
	}

	Optional<ClientId> clientWithBsn(MunicipalityCode municipality, String bsn) {
		return jdbc.sql("select client_id from help_request where municipality_code = ? and bsn = ? limit 1")
				.params(municipality.value(), bsn)
				.query((rs, row) -> new ClientId(rs.getObject(1, UUID.class))).optional();
	}

	/** The team's requests still waiting for treatment, most urgent first. */
	List<HelpRequest> awaitingTreatment(TeamId team) {
		return jdbc.sql("""
				select * from help_request where team_id = ? and state = 'AWAITING_TREATMENT'
				order by treatment_deadline, registered_at""")
				.param(team.value()).query(JdbcHelpRequests::map).list();
	}

	/** The team's requests that started treatment on or after {@code since}, newest first. */
	List<HelpRequest> startedSince(TeamId team, LocalDate since) {
		return jdbc.sql("""
				select * from help_request where team_id = ? and state = 'IN_TREATMENT' and treatment_started_on >= ?
				order by treatment_started_on desc, registered_at desc""")
				.params(team.value(), since).query(JdbcHelpRequests::map).list();
	}

	private static HelpRequest map(ResultSet rs, int row) throws SQLException {
		var bsn = rs.getString("bsn");
		var carerName = rs.getString("carer_name");
		var startedOn = rs.getObject("treatment_started_on", LocalDate.class);
		HelpRequestState state = startedOn == null ? new HelpRequestState.AwaitingTreatment()
				: new HelpRequestState.InTreatment(startedOn, rs.getString("treatment_started_by"));
		return new HelpRequest(new HelpRequestId(rs.getObject("id", UUID.class)), rs.getString("number"),
				new ClientId(rs.getObject("client_id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), new TeamId(rs.getObject("team_id", UUID.class)),
				new YoungPerson(rs.getString("given_name"), rs.getString("family_name"),
						rs.getObject("date_of_birth", LocalDate.class), bsn == null ? null : new Bsn(bsn)),
				carerName == null ? null : new Carer(carerName, rs.getString("carer_relation")),
				Channel.valueOf(rs.getString("channel")), Referrer.valueOf(rs.getString("referrer")),
				rs.getString("question"), rs.getObject("registered_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getString("registered_by"),
				new TreatmentClock(rs.getObject("registered_on", LocalDate.class),
						rs.getObject("treatment_deadline", LocalDate.class)),
				state, rs.getLong("version"));
	}
}
