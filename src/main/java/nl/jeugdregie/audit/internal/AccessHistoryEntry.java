package nl.jeugdregie.audit.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.identity.Role;
import org.jspecify.annotations.Nullable;

/** One access to a client file, as shown to the administrator. */
record AccessHistoryEntry(long id, Instant occurredAt, String actorUsername, String actorRole, @Nullable UUID clientId,
		String subject, AuditAction action, String what, @Nullable String reason, @Nullable String actorMunicipalityCode,
		@Nullable String sourceAddress) {

	/** Whether the actor works for another municipality: an attempt from outside (NEN 7513). */
	public boolean fromAnotherMunicipality() {
		return actorMunicipalityCode != null;
	}

	/** The role's Dutch name; a role that no longer exists is shown by its stored name. */
	public String actorRoleDutchName() {
		return Arrays.stream(Role.values()).filter(role -> role.name().equals(actorRole)).findFirst()
				.map(Role::dutchName).orElse(actorRole);
	}
}
