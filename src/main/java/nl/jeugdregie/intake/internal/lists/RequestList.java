package nl.jeugdregie.intake.internal.lists;

import java.util.List;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.intake.internal.team.TeamMember;

/**
 * One page of a team's help requests with the filter that chose it, the total, the quick filters' counts and, for
 * the team lead, who can be assigned (case workers only, smallest caseload first: the first is the suggestion).
 */
public record RequestList(Team team, ListFilter filter, List<ListedRequest> rows, long total, RequestListing.Counts counts,
		List<TeamMember> assignable) {

	public long pages() {
		return Math.max(1, (total + filter.size() - 1) / filter.size());
	}

	public boolean hasPrevious() {
		return filter.page() > 1;
	}

	public boolean hasNext() {
		return filter.page() < pages();
	}

	public long firstShown() {
		return total == 0 ? 0 : filter.offset() + 1;
	}

	public long lastShown() {
		return filter.offset() + rows.size();
	}

	/** The suggestion for a request: the assignable case worker with the smallest caseload who is not its handler. */
	public @org.jspecify.annotations.Nullable TeamMember suggestionFor(ListedRequest row) {
		return assignable.stream().filter(m -> !m.username().equals(row.handler())).findFirst()
				.orElse(assignable.isEmpty() ? null : assignable.getFirst());
	}

	/** The page numbers to link, GOV.UK style: first, last, and the current one with its neighbours; 0 is an ellipsis. */
	public List<Long> pageLinks() {
		var links = new java.util.ArrayList<Long>();
		long current = filter.page();
		long last = pages();
		for (long p = 1; p <= last; p++) {
			if (p == 1 || p == last || Math.abs(p - current) <= 1) {
				links.add(p);
			}
			else if (!links.isEmpty() && links.getLast() != 0L) {
				links.add(0L);
			}
		}
		return links;
	}
}
