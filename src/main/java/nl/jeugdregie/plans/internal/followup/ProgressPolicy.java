package nl.jeugdregie.plans.internal.followup;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * What a progress measurement on a goal must contain (PLAN-5): a goal of this plan, the date (not in the future),
 * a score from 1 to 10 and the goal's status. A note is optional.
 */
final class ProgressPolicy {

	static final int MIN_SCORE = 1;
	static final int MAX_SCORE = 10;
	static final int MAX_NOTE = 1000;

	private ProgressPolicy() {}

	static List<Refusal> check(FollowUpCommands.NewProgress progress, Set<UUID> goals, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (progress.progressGoal() == null || !goals.contains(progress.progressGoal())) {
			refusals.add(Refusal.of("progressGoal", "plans.progressGoal.required"));
		}
		if (progress.measuredOn() == null) {
			refusals.add(Refusal.of("measuredOn", "plans.measuredOn.required"));
		} else if (progress.measuredOn().isAfter(today)) {
			refusals.add(Refusal.of("measuredOn", "plans.measuredOn.future"));
		}
		if (progress.score() == null) {
			refusals.add(Refusal.of("score", "plans.score.required"));
		} else if (progress.score() < MIN_SCORE || progress.score() > MAX_SCORE) {
			refusals.add(Refusal.of("score", "plans.score.range", MIN_SCORE, MAX_SCORE));
		}
		if (progress.status() == null) {
			refusals.add(Refusal.of("status", "plans.status.required"));
		}
		text(refusals, "progressNote", progress.progressNote(), MAX_NOTE, false);
		return List.copyOf(refusals);
	}
}
