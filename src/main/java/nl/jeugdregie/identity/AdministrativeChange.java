package nl.jeugdregie.identity;

/**
 * Published, in the changing transaction, for every change an administrator makes to a team or a user account and
 * for every password change; the audit trail records it with the change, so a change that rolls back leaves no
 * trace. {@code subject} names what changed ({@code team:…}, {@code gebruiker:…}), {@code what} says how, in Dutch.
 * Never a password.
 */
public record AdministrativeChange(CurrentUser actor, String subject, Kind kind, String what) {

	public enum Kind {
		CREATED, CHANGED
	}

	public AdministrativeChange {
		if (subject == null || subject.isBlank() || what == null || what.isBlank()) {
			throw new IllegalArgumentException("An administrative change names its subject and what was done");
		}
	}

	public static AdministrativeChange created(CurrentUser actor, String subject, String what) {
		return new AdministrativeChange(actor, subject, Kind.CREATED, what);
	}

	public static AdministrativeChange changed(CurrentUser actor, String subject, String what) {
		return new AdministrativeChange(actor, subject, Kind.CHANGED, what);
	}
}
