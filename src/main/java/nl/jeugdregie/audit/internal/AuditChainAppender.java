package nl.jeugdregie.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.jeugdregie.audit.ClientFileAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds one row to the end of the audit chain of the municipality that holds the file (ADR 0019; the actor's own
 * municipality unless she tried another's file). Appends to one municipality's
 * chain are serialized with a transaction-scoped advisory lock keyed by the municipality: whoever holds it reads
 * that chain's last hash and inserts the next row, and keeps it until their transaction ends, so no two rows can
 * ever claim the same predecessor (the table's unique constraint is the second guard). Other municipalities do
 * not wait for it.
 */
@Component
class AuditChainAppender {

	/**
	 * The first key of the advisory lock of a municipality's chain, 7513 after NEN 7513, the logging standard for
	 * care data; the second key is the municipality's CBS code as a number.
	 */
	static final int CHAIN_LOCK_CLASS = 7_513;

	private final JdbcClient jdbc;
	private final ChainCutovers cutovers;
	private final Clock clock;

	AuditChainAppender(JdbcClient jdbc, ChainCutovers cutovers, Clock clock) {
		this.jdbc = jdbc;
		this.cutovers = cutovers;
		this.clock = clock;
	}

	/** The chain's last hash (null when the chain has no row after the cutover yet) and the next row's id. */
	private record LastOfChain(@Nullable String hash, long nextId) {}

	/** Appends the access and returns the row as stored. */
	@Transactional(propagation = Propagation.MANDATORY)
	AuditEvent append(ClientFileAccess access, @Nullable String sourceAddress) {
		// NEN 7513: an attempt on another municipality's file goes into that municipality's trail and chain.
		var municipality = access.trailMunicipality().value();
		var actorMunicipality = access.fileMunicipality() == null ? null : access.actor().municipality().value();
		var cutover = cutovers.current();
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CHAIN_LOCK_CLASS, Integer.parseInt(municipality))
				.query((rs, row) -> true).single();
		// The chain's last hash and the next id in one statement (one round trip fewer while the lock is held, ADR
		// 0053); a statement after the lock's, so it sees every row committed before the lock was granted. The id is
		// taken under the lock, so a municipality's rows have rising ids in chain order.
		var last = jdbc.sql("""
				select (select hash from audit_event where municipality_code = ? and id > ? order by id desc limit 1),
				       nextval(pg_get_serial_sequence('audit_event', 'id'))""")
				.params(municipality, cutover.lastLegacyId())
				.query((rs, row) -> new LastOfChain(rs.getString(1), rs.getLong(2))).single();
		var previousHash = last.hash() != null ? last.hash() : cutover.genesisOf(municipality);
		var id = last.nextId();
		// PostgreSQL keeps microseconds; hash exactly what is stored, so verification recomputes the same value.
		var occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var event = new AuditEvent(id, occurredAt, access.actor().username(), access.actor().role().name(),
				municipality, access.client() == null ? null : access.client().value(),
				access.subject(), access.action().name(), access.what(), access.reason(), actorMunicipality,
				sourceAddress);
		var hash = AuditHashChain.hash(event, previousHash);
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor_username, actor_role, municipality_code, client_id,
				                         subject, action, what, reason, actor_municipality_code, source_address,
				                         previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(event.id(), OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC), event.actorUsername(),
						event.actorRole(), event.municipalityCode(), event.clientId(), event.subject(), event.action(),
						event.what(), event.reason(), event.actorMunicipalityCode(), event.sourceAddress(), previousHash,
						hash)
				.update();
		return event;
	}
}
