package nl.jeugdregie.audit;

import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * One access to a client file, to be recorded: who (with role and municipality, taken from the user),
 * which client, which file ({@code subject}, e.g. {@code help-request:9b1…}), what was done and, for
 * reads outside one's own caseload, why. Never put personal data in {@code what} or {@code subject}.
 * <p>
 * {@code fileMunicipality}: the municipality that holds the file, when it is known and is not the actor's (an
 * attempt from another municipality). The access is recorded in that municipality's trail, so its administrator
 * sees every attempt on its files (NEN 7513, SEC-2).
 * <p>
 * {@code fileTeam}: the team that holds the file, when the caller passes it ({@link #heldBy}). A read with a reason
 * by someone outside that team ("break the glass") lands on the review list of the team's lead (SEC-2, ADR 0025).
 */
public record ClientFileAccess(CurrentUser actor, @Nullable ClientId client, String subject, AuditAction action,
		String what, @Nullable String reason, @Nullable MunicipalityCode fileMunicipality, @Nullable TeamId fileTeam) {

	public ClientFileAccess {
		if (subject == null || subject.isBlank() || what == null || what.isBlank()) {
			throw new IllegalArgumentException("An audited access names its subject and what was done");
		}
		if (fileMunicipality != null && fileMunicipality.equals(actor.municipality())) {
			fileMunicipality = null;
		}
	}

	public ClientFileAccess(CurrentUser actor, @Nullable ClientId client, String subject, AuditAction action,
			String what, @Nullable String reason, @Nullable MunicipalityCode fileMunicipality) {
		this(actor, client, subject, action, what, reason, fileMunicipality, null);
	}

	public ClientFileAccess(CurrentUser actor, @Nullable ClientId client, String subject, AuditAction action,
			String what, @Nullable String reason) {
		this(actor, client, subject, action, what, reason, null, null);
	}

	/** The same access, recorded where the file is held: the municipality whose trail shows it. */
	public ClientFileAccess ofFileIn(MunicipalityCode municipality) {
		return new ClientFileAccess(actor, client, subject, action, what, reason, municipality, fileTeam);
	}

	/** The same access, naming the team that holds the file, so a read with a reason can be reviewed by its lead. */
	public ClientFileAccess heldBy(TeamId team) {
		return new ClientFileAccess(actor, client, subject, action, what, reason, fileMunicipality, team);
	}

	/**
	 * "Break the glass": a read with a reason by someone outside the team that holds the file (SEC-2). Such a read
	 * goes on the review list of that team's lead.
	 */
	public boolean breaksTheGlass() {
		return action == AuditAction.READ && reason != null && !reason.isBlank() && client != null && fileTeam != null
				&& fileMunicipality == null && !actor.isMemberOf(fileTeam);
	}

	/** The municipality whose trail holds this access: the file's, else the actor's. */
	public MunicipalityCode trailMunicipality() {
		return fileMunicipality == null ? actor.municipality() : fileMunicipality;
	}

	public static ClientFileAccess read(CurrentUser actor, ClientId client, String subject, String what,
			@Nullable String reason) {
		return new ClientFileAccess(actor, client, subject, AuditAction.READ, what, reason);
	}

	public static ClientFileAccess created(CurrentUser actor, ClientId client, String subject, String what) {
		return new ClientFileAccess(actor, client, subject, AuditAction.CREATE, what, null);
	}

	public static ClientFileAccess updated(CurrentUser actor, ClientId client, String subject, String what) {
		return new ClientFileAccess(actor, client, subject, AuditAction.UPDATE, what, null);
	}

	/**
	 * A security event about an account or API token ({@code subject}, e.g. {@code account:jdevries}); no client.
	 * Recorded in the caller's transaction, like a change, so the event and the state it changed go together.
	 */
	public static ClientFileAccess security(CurrentUser actor, String subject, AuditAction action, String what) {
		return new ClientFileAccess(actor, null, subject, action, what, null);
	}

	public static ClientFileAccess refused(CurrentUser actor, @Nullable ClientId client, String subject, String what) {
		return new ClientFileAccess(actor, client, subject, AuditAction.REFUSED, what, null);
	}
}
