package nl.jeugdregie.plans.internal.socialwork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.plans.ExitRoute;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import nl.jeugdregie.platform.numbering.CaseNumberSeries;
import nl.jeugdregie.platform.numbering.CaseNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores adults' social work trajectories (PLAN-8, PLAN-9): the state as flat columns, mapped to and from the
 * sealed {@link TrajectoryState}. A change first claims the version, so a refused claim leaves nothing half-saved.
 */
@Repository
class JdbcSocialWork {

	private final JdbcClient jdbc;
	private final CaseNumbers numbers;

	JdbcSocialWork(JdbcClient jdbc, CaseNumbers numbers) {
		this.jdbc = jdbc;
		this.numbers = numbers;
	}

	/** The next number of this municipality's series for the year, such as {@code MW-0828-2026-000123}. */
	String nextNumber(MunicipalityCode municipality, int year) {
		return numbers.next(new CaseNumberSeries("MW", municipality.value(), year));
	}

	void insert(SocialWorkTrajectory t, String by, Instant at) {
		jdbc.sql("""
				insert into social_work_trajectory (id, number, client_id, municipality_code, team_id, worker,
				  resident_name, resident_date_of_birth, question, registered_on, state, created_by, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, 0)""")
				.params(t.id().value(), t.number(), t.client().value(), t.municipality().value(), t.team().value(),
						t.worker(), t.residentName(), t.residentDateOfBirth(), t.question(), t.registeredOn(), by, utc(at))
				.update();
	}

	/** Raises the version if it is still {@code expected}; false when someone changed the trajectory meanwhile. */
	boolean claim(SocialWorkTrajectoryId id, long expected) {
		return jdbc.sql("update social_work_trajectory set version = version + 1 where id = ? and version = ?")
				.params(id.value(), expected).update() == 1;
	}

	/** Writes the state's columns. */
	void saveState(SocialWorkTrajectoryId id, TrajectoryState state) {
		var sql = "update social_work_trajectory set state = ?, first_conversation_on = ?, clarified_on = ?, "
				+ "clarified_question = ?, kind = ?, contact_rhythm_weeks = ?, planned_end = ?, closed_on = ?, exit_route = ? where id = ?";
		switch (state) {
			case TrajectoryState.Registered r -> jdbc.sql(sql).params(state.code(), null, null, null, null, null, null,
					null, null, id.value()).update();
			case TrajectoryState.Clarifying c -> jdbc.sql(sql).params(state.code(), c.firstConversationOn(), null, null,
					null, null, null, null, null, id.value()).update();
			case TrajectoryState.InTrajectory t -> jdbc.sql(sql).params(state.code(), t.firstConversationOn(),
					t.clarifiedOn(), t.clarifiedQuestion(), t.kind().name(), t.rhythmWeeks(), t.plannedEnd(), null, null,
					id.value()).update();
			case TrajectoryState.Closed c -> jdbc.sql("""
					update social_work_trajectory set state = ?, closed_on = ?, exit_route = ? where id = ?""")
					.params(state.code(), c.closedOn(), c.exitRoute().name(), id.value()).update();
		}
	}

	void insertContact(SocialWorkTrajectoryId id, SocialWorkTrajectory.Contact contact, Instant at) {
		jdbc.sql("""
				insert into social_work_contact (id, trajectory_id, kind, held_on, initiated_by, summary, recorded_by,
				  recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(contact.id(), id.value(), contact.kind().name(), contact.heldOn(), contact.initiatedBy().name(),
						contact.summary(), contact.recordedBy(), utc(at))
				.update();
	}

	Optional<SocialWorkTrajectory> find(SocialWorkTrajectoryId id) {
		return jdbc.sql("select * from social_work_trajectory where id = ?").param(id.value())
				.query(this::trajectory).optional();
	}

	/** The team's open trajectories. */
	List<SocialWorkTrajectory> openOfTeam(TeamId team) {
		return jdbc.sql("select * from social_work_trajectory where team_id = ? and state <> 'CLOSED' order by registered_on, number")
				.param(team.value()).query(this::trajectory).list();
	}

	private List<SocialWorkTrajectory.Contact> contacts(UUID trajectory) {
		return jdbc.sql("select * from social_work_contact where trajectory_id = ? order by held_on, recorded_at")
				.param(trajectory)
				.query((rs, row) -> new SocialWorkTrajectory.Contact(rs.getObject("id", UUID.class),
						ContactKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
						ContactInitiator.valueOf(rs.getString("initiated_by")), rs.getString("summary"),
						rs.getString("recorded_by")))
				.list();
	}

	private SocialWorkTrajectory trajectory(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		return new SocialWorkTrajectory(new SocialWorkTrajectoryId(id), rs.getString("number"),
				new ClientId(rs.getObject("client_id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
				new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("worker"), rs.getString("resident_name"),
				rs.getObject("resident_date_of_birth", LocalDate.class), rs.getString("question"),
				rs.getObject("registered_on", LocalDate.class), state(rs), rs.getLong("version"), contacts(id));
	}

	private static TrajectoryState state(ResultSet rs) throws SQLException {
		var first = rs.getObject("first_conversation_on", LocalDate.class);
		var clarified = rs.getObject("clarified_on", LocalDate.class);
		return switch (rs.getString("state")) {
			case "REGISTERED" -> new TrajectoryState.Registered();
			case "CLARIFYING" -> new TrajectoryState.Clarifying(first);
			case "IN_TRAJECTORY" -> new TrajectoryState.InTrajectory(first, clarified, rs.getString("clarified_question"),
					TrajectoryKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("contact_rhythm_weeks"),
					rs.getObject("planned_end", LocalDate.class));
			case "CLOSED" -> new TrajectoryState.Closed(first, clarified, rs.getObject("closed_on", LocalDate.class),
					ExitRoute.valueOf(rs.getString("exit_route")));
			default -> throw new IllegalStateException("Unknown trajectory state");
		};
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
