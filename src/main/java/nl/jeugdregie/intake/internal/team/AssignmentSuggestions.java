package nl.jeugdregie.intake.internal.team;

import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.identity.Expertise;
import org.jspecify.annotations.Nullable;

/**
 * TOE-13: who to assign a request to: professionals with the needed expertise first, then those with the
 * smallest caseload. The first is the suggestion; the team lead decides.
 */
public final class AssignmentSuggestions {

	private AssignmentSuggestions() {}

	public static List<TeamMember> rank(List<TeamMember> members, @Nullable Expertise needed) {
		return members.stream()
				// SEC-1: a professional whose SKJ registration ended cannot be given the request: last, never suggested.
				.sorted(Comparator.comparing(TeamMember::skjExpired)
						.thenComparing((TeamMember m) -> needed != null && !m.has(needed))
						.thenComparingLong(TeamMember::caseload)
						.thenComparing(TeamMember::displayName))
				.toList();
	}
}
