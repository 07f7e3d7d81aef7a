package nl.jeugdregie.identity;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in user as the domain sees them: who, in which role, for which municipality and team.
 */
public record CurrentUser(String username, String displayName, Role role, MunicipalityCode municipality,
		@Nullable TeamId team) {

	public boolean isMemberOf(TeamId other) {
		return other.equals(team);
	}
}
