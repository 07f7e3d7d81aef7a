package nl.jeugdregie.audit.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The content of one audit row, as stored: everything the row's hash covers except the previous hash.
 * Role and action are kept as their stored names, so renaming an enum constant cannot change old hashes.
 */
record AuditEvent(long id, Instant occurredAt, String actorUsername, String actorRole, String municipalityCode,
		@Nullable UUID clientId, String subject, String action, String what, @Nullable String reason) {}
