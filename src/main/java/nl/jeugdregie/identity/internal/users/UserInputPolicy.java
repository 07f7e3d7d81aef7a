package nl.jeugdregie.identity.internal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: what a user account needs. A username of 3 to 60 lower-case letters, digits, dots or dashes; a name; a
 * valid e-mail address; one role; a team for the roles of a CJG team (and only for them), chosen from the
 * municipality's active teams; expertise only for the roles of a CJG team, as on the team page (TOE-13). Whether the
 * username or e-mail address is taken is the database's to say.
 */
public final class UserInputPolicy {

	static final int MAX_NAME = 120;
	static final int MAX_EMAIL = 200;
	private static final String USERNAME = "[a-z0-9._-]{3,60}";
	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private UserInputPolicy() {}

	static List<FieldProblem> checkUsername(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return List.of(new FieldProblem("username", "Vul een gebruikersnaam in."));
		}
		if (!username.matches(USERNAME)) {
			return List.of(new FieldProblem("username",
					"Gebruik 3 tot 60 kleine letters, cijfers, punten of streepjes, zonder spaties."));
		}
		return List.of();
	}

	/** ADR 0042: a municipality's first administrator, added by the regional administrator: username, name, e-mail. */
	public static List<FieldProblem> checkAdministrator(@Nullable String username, @Nullable String name,
			@Nullable String email) {
		var problems = new ArrayList<>(checkUsername(username));
		problems.addAll(check(new UserDetails(name, email, nl.jeugdregie.identity.Role.ADMINISTRATOR, null, Set.of(), null,
				null), Set.of()));
		return problems;
	}

	/**
	 * @param allowedTeams the municipality's active teams, and the user's own team when it keeps it
	 */
	static List<FieldProblem> check(UserDetails details, Set<TeamId> allowedTeams) {
		var problems = new ArrayList<FieldProblem>();
		var name = details.displayName();
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("displayName", "Vul de naam in."));
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add(new FieldProblem("displayName", "Gebruik hoogstens " + MAX_NAME + " tekens voor de naam."));
		}
		var email = details.email();
		if (email == null || email.isBlank()) {
			problems.add(new FieldProblem("email", "Vul het e-mailadres in."));
		}
		else if (email.strip().length() > MAX_EMAIL || !email.strip().matches(EMAIL)) {
			problems.add(new FieldProblem("email", "Vul een geldig e-mailadres in, zoals naam@gemeente.nl."));
		}
		var role = details.role();
		if (role == null) {
			problems.add(new FieldProblem("role", "Kies een rol."));
			return problems;
		}
		if (!role.ofMunicipality()) { // ADR 0042: the regional administrator is the installation's, not a municipality's
			problems.add(new FieldProblem("role", "Kies een rol van uw gemeente."));
			return problems;
		}
		if (role.worksOnCases()) {
			if (details.team() == null) {
				problems.add(new FieldProblem("team", "Kies het team. Een " + role.dutchName().toLowerCase()
						+ " hoort bij een CJG-team."));
			}
			else if (!allowedTeams.contains(details.team())) {
				problems.add(new FieldProblem("team", "Kies een actief team van uw gemeente."));
			}
		}
		else {
			if (details.team() != null) {
				problems.add(new FieldProblem("team", "Alleen jeugdprofessionals, teamleiders en gedragsdeskundigen horen bij "
						+ "een team. Kies geen team voor de rol " + role.dutchName().toLowerCase() + "."));
			}
			if (!details.expertise().isEmpty()) {
				problems.add(new FieldProblem("expertise", "Expertise hoort alleen bij medewerkers van een CJG-team."));
			}
		}
		return problems;
	}
}
