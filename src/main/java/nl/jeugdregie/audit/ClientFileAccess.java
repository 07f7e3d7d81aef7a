package nl.jeugdregie.audit;

import nl.jeugdregie.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * One access to a client file, to be recorded: who (with role and municipality, taken from the user),
 * which client, which file ({@code subject}, e.g. {@code help-request:9b1…}), what was done and, for
 * reads outside one's own caseload, why. Never put personal data in {@code what} or {@code subject}.
 */
public record ClientFileAccess(CurrentUser actor, @Nullable ClientId client, String subject, AuditAction action,
		String what, @Nullable String reason) {

	public ClientFileAccess {
		if (subject == null || subject.isBlank() || what == null || what.isBlank()) {
			throw new IllegalArgumentException("An audited access names its subject and what was done");
		}
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
