package nl.jeugdregie.audit.internal.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.jeugdregie.audit.ClientFileAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a read with a reason by someone outside the file's team ("break the glass") on the review list of that
 * team's lead (SEC-2, ADR 0025), in the transaction of the read's audit row: no such read without its review item.
 */
@Component
public class ReviewList {

	private final JdbcClient jdbc;

	ReviewList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enter(long auditEventId, ClientFileAccess access, Instant readAt) {
		if (!access.breaksTheGlass() || access.fileTeam() == null) {
			throw new IllegalArgumentException("Only a read with a reason from outside the file's team is reviewed");
		}
		jdbc.sql("""
				insert into access_review (audit_event_id, municipality_code, team_id, actor_team_id, read_at)
				values (?, ?, ?, ?, ?)""")
				.params(auditEventId, access.trailMunicipality().value(), access.fileTeam().value(),
						access.actor().team() == null ? null : access.actor().team().value(),
						OffsetDateTime.ofInstant(readAt, ZoneOffset.UTC))
				.update();
	}
}
