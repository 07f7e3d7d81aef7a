package nl.jeugdregie.audit.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The content of one audit row, as stored: everything the row's hash covers except the previous hash.
 * {@code municipalityCode} is the municipality whose trail holds the row (the file's); {@code actorMunicipalityCode}
 * is the actor's, kept only when it differs (an attempt from another municipality); {@code sourceAddress} is the
 * address the request came from (NEN 7513).
 * Role and action are kept as their stored names, so renaming an enum constant cannot change old hashes.
 */
record AuditEvent(long id, Instant occurredAt, String actorUsername, String actorRole, String municipalityCode,
		@Nullable UUID clientId, String subject, String action, String what, @Nullable String reason,
		@Nullable String actorMunicipalityCode, @Nullable String sourceAddress) {

	/** A row as written before NEN 7513's extra fields (V19_3): the actor's municipality held it, no address. */
	AuditEvent(long id, Instant occurredAt, String actorUsername, String actorRole, String municipalityCode,
			@Nullable UUID clientId, String subject, String action, String what, @Nullable String reason) {
		this(id, occurredAt, actorUsername, actorRole, municipalityCode, clientId, subject, action, what, reason, null,
				null);
	}
}
