package nl.jeugdregie.identity.internal.users;

import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;

/** Issue 14: searching the municipality's users by name, team, role and whether active; page 1 is the first. */
record UserSearch(@Nullable String text, @Nullable TeamId team, @Nullable Role role, @Nullable Boolean active, int page) {

	static final int PAGE_SIZE = 25;

	UserSearch {
		text = text == null || text.isBlank() ? null : text.strip();
		page = Math.max(1, page);
	}
}
