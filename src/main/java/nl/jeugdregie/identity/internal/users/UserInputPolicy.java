package nl.jeugdregie.identity.internal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: what a user account needs. A username of 3 to 60 lower-case letters, digits, dots or dashes; a name; a
 * valid e-mail address; one role; a team for the roles of a CJG team (and only for them), chosen from the
 * municipality's active teams; expertise only for the roles of a CJG team, as on the team page (TOE-13). Whether the
 * username or e-mail address is taken is the database's to say.
 */
public final class UserInputPolicy {

	static final int MAX_NAME = 120;
	/** The code of "choose an active team of your municipality". */
	static final String TEAM_NOT_ACTIVE = "identity.admin.user.team.notActive";
	static final int MAX_EMAIL = 200;
	private static final String USERNAME = "[a-z0-9._-]{3,60}";
	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private UserInputPolicy() {}

	static List<Refusal> checkUsername(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return List.of(Refusal.of("username", "identity.admin.user.username.missing"));
		}
		if (!username.matches(USERNAME)) {
			return List.of(Refusal.of("username", "identity.admin.user.username.malformed"));
		}
		return List.of();
	}

	/** ADR 0042: a municipality's first administrator, added by the regional administrator: username, name, e-mail. */
	public static List<Refusal> checkAdministrator(@Nullable String username, @Nullable String name,
			@Nullable String email) {
		var problems = new ArrayList<>(checkUsername(username));
		problems.addAll(check(new UserDetails(name, email, nl.jeugdregie.identity.Role.ADMINISTRATOR, null, Set.of(), null,
				null), Set.of()));
		return problems;
	}

	/**
	 * @param allowedTeams the municipality's active teams, and the user's own team when it keeps it
	 */
	static List<Refusal> check(UserDetails details, Set<TeamId> allowedTeams) {
		var problems = new ArrayList<Refusal>();
		var name = details.displayName();
		if (name == null || name.isBlank()) {
			problems.add(Refusal.of("displayName", "identity.admin.user.name.missing"));
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add(Refusal.of("displayName", "identity.admin.user.name.tooLong", MAX_NAME));
		}
		var email = details.email();
		if (email == null || email.isBlank()) {
			problems.add(Refusal.of("email", "identity.admin.user.email.missing"));
		}
		else if (email.strip().length() > MAX_EMAIL || !email.strip().matches(EMAIL)) {
			problems.add(Refusal.of("email", "identity.admin.user.email.malformed"));
		}
		var role = details.role();
		if (role == null) {
			problems.add(Refusal.of("role", "identity.admin.user.role.missing"));
			return problems;
		}
		if (!role.ofMunicipality()) { // ADR 0042: the regional administrator is the installation's, not a municipality's
			problems.add(Refusal.of("role", "identity.admin.user.role.notOfMunicipality"));
			return problems;
		}
		if (role.worksOnCases()) {
			if (details.team() == null) {
				problems.add(Refusal.of("team", "identity.admin.user.team.missing", role.dutchName().toLowerCase()));
			}
			else if (!allowedTeams.contains(details.team())) {
				problems.add(Refusal.of("team", TEAM_NOT_ACTIVE));
			}
		}
		else {
			if (details.team() != null) {
				problems.add(Refusal.of("team", "identity.admin.user.team.notForRole", role.dutchName().toLowerCase()));
			}
			if (!details.expertise().isEmpty()) {
				problems.add(Refusal.of("expertise", "identity.admin.user.expertise.notForRole"));
			}
		}
		return problems;
	}
}
