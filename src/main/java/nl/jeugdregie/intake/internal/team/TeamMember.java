package nl.jeugdregie.intake.internal.team;

import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;

/** A case worker of a team with their expertise and current caseload (open requests assigned to them). */
public record TeamMember(String username, String displayName, Role role, Set<Expertise> expertise, long caseload) {

	public boolean has(Expertise needed) {
		return expertise.contains(needed);
	}
}
