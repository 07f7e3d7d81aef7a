package nl.jeugdregie.intake.internal.worklist;

import java.util.List;
import nl.jeugdregie.identity.Team;

/**
 * A team's worklist: requests waiting for treatment with their clock, split the way the team acts on them
 * (crises at the top, TOE-10; then overdue, then what expires this week, BEY-1), and what started treatment recently. (The requests in
 * treatment are no longer loaded here: nothing showed them, and their terms cost a norm lookup per registration
 * date on every call; issue 19 P1, ADR 0053.)
 * <p>
 * Each list holds at most {@link #ROWS_PER_LIST} rows, the most urgent first, while {@code waiting} and
 * {@code withoutContactAgreement} count the whole team: a long queue costs its count, not its rows (issue 19). The
 * paged list ({@code /werklijst}, {@code GET /api/v1/help-requests}) shows the rest.
 */
public record Worklist(Team team, long waiting, long withoutContactAgreement, List<WorklistRow> crises,
		List<WorklistRow> overdue, List<WorklistRow> dueThisWeek, List<WorklistRow> running,
		List<WorklistRow> recentlyStarted) {

	/** Enough for a day's work of a team; a team with more waiting pages through the list. */
	public static final int ROWS_PER_LIST = 200;
}
