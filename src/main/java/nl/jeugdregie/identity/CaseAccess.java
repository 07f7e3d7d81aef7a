package nl.jeugdregie.identity;

/**
 * The outcome of asking whether a user may open a client file. Callers switch over it; a refusal is
 * a result, not an exception.
 */
public sealed interface CaseAccess {

	/** The user works in the team that owns the case. */
	record WithinCaseload() implements CaseAccess {}

	/** The user is a case worker of the municipality but not of the owning team: they must give a reason. */
	record ReasonRequired() implements CaseAccess {}

	/** The user's role never opens client files (policy officer, administrator, provider without allocation). */
	record RoleNotAllowed() implements CaseAccess {}

	/** The file belongs to another municipality; answer as if it does not exist. */
	record NotVisible() implements CaseAccess {}

	default boolean granted() {
		return this instanceof WithinCaseload;
	}
}
