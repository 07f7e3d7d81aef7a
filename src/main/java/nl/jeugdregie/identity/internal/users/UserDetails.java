package nl.jeugdregie.identity.internal.users;

import java.util.Set;
import java.time.LocalDate;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;

/** What the administrator sets on an account besides its username; as typed, checked by {@link UserInputPolicy}. */
record UserDetails(@Nullable String displayName, @Nullable String email, @Nullable Role role, @Nullable TeamId team,
		Set<Expertise> expertise, @Nullable LocalDate activeFrom, @Nullable LocalDate activeUntil) {

	UserDetails {
		expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
	}
}
