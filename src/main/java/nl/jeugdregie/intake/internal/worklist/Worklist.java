package nl.jeugdregie.intake.internal.worklist;

import java.util.List;
import nl.jeugdregie.identity.Team;

/**
 * A team's worklist: requests waiting for treatment with their clock, split the way the team acts on them
 * (crises at the top, TOE-10; then overdue, then what expires this week, BEY-1), what started treatment recently, and the requests in
 * treatment with their conversations and running terms (TOE-7, TOE-8).
 */
public record Worklist(Team team, List<WorklistRow> crises, List<WorklistRow> overdue, List<WorklistRow> dueThisWeek, List<WorklistRow> running,
		List<WorklistRow> recentlyStarted, List<ProgressRow> inProgress) {

	public int waiting() {
		return crises.size() + overdue.size() + dueThisWeek.size() + running.size();
	}

	/** TOE-6: requests waiting past the term without an agreed contact frequency. */
	public long withoutContactAgreement() {
		return overdue.stream().filter(WorklistRow::needsContactAgreement).count();
	}
}
