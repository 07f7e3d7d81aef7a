package nl.jeugdregie.audit.internal.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review items, with who read which file when and why taken from their audit rows. */
@Repository
class JdbcAccessReviews {

	/** At most this many items are listed, newest first. */
	static final int LIMIT = 500;

	private static final String SELECT = """
			select r.audit_event_id, r.municipality_code, r.team_id, r.actor_team_id, r.read_at, r.decision,
			       r.explanation, r.decided_by, r.decided_at, r.version, e.client_id, e.subject, e.actor_username,
			       e.actor_role, e.reason
			from access_review r join audit_event e on e.id = r.audit_event_id
			""";

	/** A stored item, before its review term is worked out. */
	record Row(long id, MunicipalityCode municipality, TeamId team, @Nullable UUID actorTeam, Instant readAt,
			ClientId client, String subject, String readerUsername, String readerRole, String reason, ReviewState state,
			long version) {}

	private final JdbcClient jdbc;

	JdbcAccessReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> ofTeam(MunicipalityCode municipality, TeamId team) {
		return jdbc.sql(SELECT + " where r.municipality_code = ? and r.team_id = ? order by r.read_at desc, r.audit_event_id desc limit ?")
				.params(municipality.value(), team.value(), LIMIT)
				.query(JdbcAccessReviews::row).list();
	}

	List<Row> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql(SELECT + " where r.municipality_code = ? order by r.read_at desc, r.audit_event_id desc limit ?")
				.params(municipality.value(), LIMIT)
				.query(JdbcAccessReviews::row).list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where r.audit_event_id = ?").param(id).query(JdbcAccessReviews::row).optional();
	}

	/** The item, its row locked until the transaction ends, so two decisions on it queue. */
	Optional<Row> claim(long id) {
		return jdbc.sql(SELECT + " where r.audit_event_id = ? for update of r").param(id)
				.query(JdbcAccessReviews::row).optional();
	}

	/** Stores the decision if the item is still undecided at {@code version}; whether it did. */
	boolean decide(long id, DecideReview command, String decidedBy, Instant decidedAt) {
		return jdbc.sql("""
				update access_review set decision = ?, explanation = ?, decided_by = ?, decided_at = ?, version = version + 1
				where audit_event_id = ? and version = ? and decision is null""")
				.params(command.decision().name(), command.explanation(), decidedBy,
						OffsetDateTime.ofInstant(decidedAt, ZoneOffset.UTC), id, command.version())
				.update() == 1;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		var decision = rs.getString("decision");
		var decidedBy = rs.getString("decided_by");
		var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		ReviewState state = decision == null ? new ReviewState.Unreviewed()
				: switch (ReviewDecision.valueOf(decision)) {
					case JUSTIFIED -> new ReviewState.Justified(decidedBy, decidedAt.toInstant());
					case REPORTED -> new ReviewState.Reported(decidedBy, decidedAt.toInstant(), rs.getString("explanation"));
				};
		return new Row(rs.getLong("audit_event_id"), new MunicipalityCode(rs.getString("municipality_code")),
				new TeamId(rs.getObject("team_id", UUID.class)), rs.getObject("actor_team_id", UUID.class),
				rs.getObject("read_at", OffsetDateTime.class).toInstant(), new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getString("subject"), rs.getString("actor_username"), rs.getString("actor_role"), rs.getString("reason"),
				state, rs.getLong("version"));
	}
}
