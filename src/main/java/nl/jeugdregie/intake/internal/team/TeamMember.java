package nl.jeugdregie.intake.internal.team;

import nl.jeugdregie.identity.SkjRegistration;
import org.jspecify.annotations.Nullable;

import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;

/**
 * A case worker of a team with their expertise and current caseload (open requests assigned to them), and their SKJ
 * registration (SEC-1): {@code skjExpired} when it ended before today.
 */
public record TeamMember(String username, String displayName, Role role, Set<Expertise> expertise, long caseload,
		@Nullable SkjRegistration skj, boolean skjExpired) {

	/** A member with no SKJ registration recorded. */
	public TeamMember(String username, String displayName, Role role, Set<Expertise> expertise, long caseload) {
		this(username, displayName, role, expertise, caseload, null, false);
	}

	public boolean has(Expertise needed) {
		return expertise.contains(needed);
	}
}
