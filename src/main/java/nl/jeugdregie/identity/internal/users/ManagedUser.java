package nl.jeugdregie.identity.internal.users;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/** A user account as its administrator keeps it (issue 14). One role per user, as the product has it. */
record ManagedUser(String username, String displayName, @Nullable String email, Role role, MunicipalityCode municipality,
		@Nullable TeamId team, @Nullable String teamName, Set<Expertise> expertise, @Nullable LocalDate activeFrom,
		@Nullable LocalDate activeUntil, boolean enabled, boolean passwordChangeRequired, long version) {

	ManagedUser {
		expertise = Set.copyOf(expertise);
	}

	/** Whether the account may log in on this day: not deactivated and within its active period. */
	boolean activeOn(LocalDate day) {
		return enabled && (activeFrom == null || !activeFrom.isAfter(day)) && (activeUntil == null || !activeUntil.isBefore(day));
	}

	/** The status in Dutch, as the list and the summary show it. */
	public String status(LocalDate today) {
		if (!enabled) {
			return "Gedeactiveerd";
		}
		if (activeFrom != null && activeFrom.isAfter(today)) {
			return "Actief vanaf " + DutchFormat.longDate(activeFrom);
		}
		if (activeUntil != null && activeUntil.isBefore(today)) {
			return "Niet meer actief sinds " + DutchFormat.longDate(activeUntil.plusDays(1));
		}
		return "Actief";
	}

	String subject() {
		return "gebruiker:" + username;
	}

	UserDetails details() {
		return new UserDetails(displayName, email, role, team, expertise, activeFrom, activeUntil);
	}
}
