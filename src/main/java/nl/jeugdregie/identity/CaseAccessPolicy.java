package nl.jeugdregie.identity;

/**
 * Who may open a client file (SEC-2): only case workers of the same municipality; members of the
 * owning team freely, other case workers of the municipality with a recorded reason. Nobody sees
 * another municipality's clients. Providers will see files allocated to them once allocation exists.
 */
public final class CaseAccessPolicy {

	private CaseAccessPolicy() {}

	public static CaseAccess decide(CurrentUser user, CaseScope scope) {
		if (!user.municipality().equals(scope.municipality())) {
			return new CaseAccess.NotVisible();
		}
		if (!user.role().worksOnCases()) {
			return new CaseAccess.RoleNotAllowed();
		}
		return user.isMemberOf(scope.team()) ? new CaseAccess.WithinCaseload() : new CaseAccess.ReasonRequired();
	}
}
