package nl.jeugdregie.intake.internal.lists;

import java.util.List;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.intake.internal.team.TeamMember;
import nl.jeugdregie.platform.paging.PagedList;

/**
 * One page of a team's help requests with the filter that chose it, the total, the quick filters' counts and, for
 * the team lead, who can be assigned (case workers only, smallest caseload first: the first is the suggestion).
 */
public record RequestList(Team team, ListFilter filter, List<ListedRequest> rows, long total, RequestListing.Counts counts,
		List<TeamMember> assignable) implements PagedList {

	/** The suggestion for a request: the assignable case worker with the smallest caseload who is not its handler. */
	public @org.jspecify.annotations.Nullable TeamMember suggestionFor(ListedRequest row) {
		return assignable.stream().filter(m -> !m.username().equals(row.handler())).findFirst()
				.orElse(assignable.isEmpty() ? null : assignable.getFirst());
	}
}
