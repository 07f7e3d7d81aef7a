package nl.jeugdregie.signin.internal.tokens;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator asks for when issuing a token, as typed (form or API), and the rules it must meet before
 * anything is looked up: an account name, and what the token is for in at most {@link #MAX_DESCRIPTION} characters.
 * The validity is {@link ApiTokenValidityPolicy}'s.
 */
record NewApiToken(@Nullable String username, @Nullable String description, @Nullable Integer validDays) {

	static final int MAX_DESCRIPTION = 200;

	/** A refused field: its name (as in the form and the API) and the Dutch message. */
	record Problem(String field, String message) {}

	List<Problem> problems() {
		var problems = new ArrayList<Problem>();
		if (username == null || username.isBlank()) {
			problems.add(new Problem("username", Labels.text("text.signin.token.usernameMissing")));
		}
		if (description == null || description.isBlank()) {
			problems.add(new Problem("description", Labels.text("text.signin.token.descriptionMissing")));
		} else if (description.strip().length() > MAX_DESCRIPTION) {
			problems.add(new Problem("description", Labels.text("text.signin.token.descriptionTooLong", MAX_DESCRIPTION)));
		}
		return problems;
	}

	String account() {
		return username == null ? "" : username.strip();
	}

	String purpose() {
		return description == null ? "" : description.strip();
	}
}
