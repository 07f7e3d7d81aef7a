package nl.jeugdregie.plans.internal.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The goal counts at an evaluation (PLAN-5, MON-3): goals agreed in the plan, of those realised (latest status
 * "bereikt"), and improved (latest score higher than the first).
 */
record GoalRealisation(int agreed, int realised, int improved) {

	static GoalRealisation of(List<UUID> goals, Map<UUID, List<GoalProgress>> progress) {
		int realised = 0;
		int improved = 0;
		for (var goal : goals) {
			var measured = progress.getOrDefault(goal, List.of()).stream().sorted(ORDER).toList();
			if (measured.isEmpty()) {
				continue;
			}
			var latest = measured.getLast();
			if (latest.status() == GoalStatus.REALISED) {
				realised++;
			}
			if (latest.score() > measured.getFirst().score()) {
				improved++;
			}
		}
		return new GoalRealisation(goals.size(), realised, improved);
	}

	/** Oldest first; the list read from the database is already in this order, this keeps the rule explicit. */
	static final Comparator<GoalProgress> ORDER = Comparator.comparing(GoalProgress::measuredOn);
}
