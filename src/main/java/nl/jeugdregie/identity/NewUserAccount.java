package nl.jeugdregie.identity;

import org.jspecify.annotations.Nullable;

/**
 * A user account to create. The password is given in plain text and stored only as a hash.
 */
public record NewUserAccount(String username, String rawPassword, String displayName, Role role,
		MunicipalityCode municipality, @Nullable TeamId team) {

	public NewUserAccount {
		if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
			throw new IllegalArgumentException("A username has 3 to 60 lower-case letters, digits, dots, dashes");
		}
		if (rawPassword == null || rawPassword.length() < 12) {
			throw new IllegalArgumentException("A password has at least 12 characters");
		}
		if (role.worksOnCases() && team == null) {
			throw new IllegalArgumentException("A case worker belongs to a team");
		}
	}
}
