package nl.jeugdregie.identity;

/**
 * Work a team still holds, asked before the administrator deactivates the team: a team with open work cannot be
 * deactivated. Modules that keep work per team implement it (intake: the open help requests), so identity needs to
 * know none of them.
 */
public interface OpenTeamWork {

	/** How many open items the team holds. */
	long openCount(TeamId team);

	/** The count in Dutch, such as "3 open hulpvragen" or "1 open hulpvraag". */
	String describe(long count);
}
