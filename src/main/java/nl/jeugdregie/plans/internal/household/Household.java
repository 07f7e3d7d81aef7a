package nl.jeugdregie.plans.internal.household;

import java.time.Instant;
import nl.jeugdregie.audit.TeamFile;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseAccess;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.plans.HouseholdId;

/**
 * A household (huishouden, gezin) with its case team and its one case director (PLAN-3). {@code version} is
 * the optimistic lock of the household's own data: members and director.
 */
public record Household(HouseholdId id, String number, ClientId client, MunicipalityCode municipality, TeamId team,
		String name, String caseDirector, String createdBy, Instant createdAt, long version) implements TeamFile {

	CaseScope scope() {
		return new CaseScope(municipality, team);
	}

	/** The file's reference in audit records: never a name. */
	@Override
	public String subject() {
		return "Huishouden " + number;
	}

	/**
	 * The case team decides as for any client file; the case director sees and changes the household too,
	 * also when working in another team of the municipality.
	 */
	public CaseAccess accessOf(CurrentUser user) {
		var access = CaseAccessPolicy.decide(user, scope());
		return access instanceof CaseAccess.ReasonRequired && user.username().equals(caseDirector)
				? new CaseAccess.WithinCaseload() : access;
	}
}
