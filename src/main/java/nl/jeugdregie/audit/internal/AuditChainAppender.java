package nl.jeugdregie.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.jeugdregie.audit.ClientFileAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds one row to the end of the audit chain. Appends are serialized with a transaction-scoped advisory lock:
 * whoever holds it reads the last hash and inserts the next row, and keeps it until their transaction ends,
 * so no two rows can ever claim the same predecessor (the table's unique constraint is the second guard).
 */
@Component
class AuditChainAppender {

	/** The advisory lock key of the audit chain; 7513 after NEN 7513, the logging standard for care data. */
	static final long CHAIN_LOCK = 7_513_002L;

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditChainAppender(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void append(ClientFileAccess access) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, row) -> true).single();
		var previousHash = jdbc.sql("select hash from audit_event order by id desc limit 1")
				.query(String.class).optional().orElse(AuditHashChain.GENESIS);
		var id = jdbc.sql("select nextval(pg_get_serial_sequence('audit_event', 'id'))").query(Long.class).single();
		// PostgreSQL keeps microseconds; hash exactly what is stored, so verification recomputes the same value.
		var occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var event = new AuditEvent(id, occurredAt, access.actor().username(), access.actor().role().name(),
				access.actor().municipality().value(), access.client() == null ? null : access.client().value(),
				access.subject(), access.action().name(), access.what(), access.reason());
		var hash = AuditHashChain.hash(event, previousHash);
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor_username, actor_role, municipality_code, client_id,
				                         subject, action, what, reason, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(event.id(), OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC), event.actorUsername(),
						event.actorRole(), event.municipalityCode(), event.clientId(), event.subject(), event.action(),
						event.what(), event.reason(), previousHash, hash)
				.update();
	}
}
