package nl.jeugdregie.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the whole audit trail in id order and recomputes every hash (SEC-2): the legacy chain up to the cutover
 * and each municipality's chain after it (ADR 0019). Reads a page at a time, keyed on the last id seen, so memory
 * stays flat however long the trail grows and no long transaction is held.
 */
@Service
class AuditChainVerifier {

	private static final Logger LOG = LoggerFactory.getLogger(AuditChainVerifier.class);
	private static final int PAGE_SIZE = 1_000;

	private final JdbcClient jdbc;
	private final ChainCutovers cutovers;

	AuditChainVerifier(JdbcClient jdbc, ChainCutovers cutovers) {
		this.jdbc = jdbc;
		this.cutovers = cutovers;
	}

	ChainVerification verify() {
		var walk = new TrailWalk(cutovers.current());
		long lastId = 0;
		List<ChainedAuditEvent> page;
		do {
			page = pageAfter(lastId);
			for (var row : page) {
				var broken = walk.check(row);
				if (broken.isPresent()) {
					// Only the row id and the kind of break: the log must not carry anything about clients.
					LOG.warn("Audit chain {}", broken.get().summary());
					return broken.get();
				}
				lastId = row.event().id();
			}
		} while (page.size() == PAGE_SIZE);
		var verdict = walk.end();
		if (!verdict.intact()) {
			LOG.warn("Audit chain {}", verdict.summary());
		}
		return verdict;
	}

	private List<ChainedAuditEvent> pageAfter(long lastId) {
		return jdbc.sql("""
				select id, occurred_at, actor_username, actor_role, municipality_code, client_id, subject, action, what,
				       reason, actor_municipality_code, source_address, previous_hash, hash
				from audit_event where id > ? order by id limit ?""")
				.params(lastId, PAGE_SIZE)
				.query(AuditChainVerifier::row)
				.list();
	}

	private static ChainedAuditEvent row(ResultSet rs, int row) throws SQLException {
		var event = new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor_username"), rs.getString("actor_role"), rs.getString("municipality_code"),
				rs.getObject("client_id", UUID.class), rs.getString("subject"), rs.getString("action"),
				rs.getString("what"), rs.getString("reason"), rs.getString("actor_municipality_code"),
				rs.getString("source_address"));
		return new ChainedAuditEvent(event, rs.getString("previous_hash"), rs.getString("hash"));
	}
}
