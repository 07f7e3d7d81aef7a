package nl.jeugdregie.identity.internal.teams;

import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;

/** A team as its administrator keeps it (issue 14): name, districts, active or not, and how many active members. */
record ManagedTeam(TeamId id, MunicipalityCode municipality, String name, List<String> districts, boolean active,
		long version, long activeMembers) {

	ManagedTeam {
		districts = List.copyOf(districts);
	}

	String subject() {
		return "team:" + id;
	}
}
