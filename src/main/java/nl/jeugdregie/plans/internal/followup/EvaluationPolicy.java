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
 * What an evaluation of the plan must contain (PLAN-5): the moment and date (not in the future); at an MDO the
 * meeting it was part of; at closure and at a handover the CBS continuation outcome, which an MDO does not have.
 * The plan must have goals to evaluate, and a closed plan is not evaluated again.
 */
final class EvaluationPolicy {

	static final int MAX_REMARKS = 2000;

	private EvaluationPolicy() {}

	static List<Refusal> check(FollowUpCommands.NewEvaluation evaluation, Set<UUID> meetings, int goals,
			boolean closed, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (closed) {
			refusals.add(Refusal.of("moment", "plans.evaluation.closed"));
			return List.copyOf(refusals);
		}
		if (goals == 0) {
			refusals.add(Refusal.of("moment", "plans.evaluation.noGoals"));
		}
		var moment = evaluation.moment();
		if (moment == null) {
			refusals.add(Refusal.of("moment", "plans.moment.required"));
		} else if (moment == EvaluationMoment.MDO
				&& (evaluation.meeting() == null || !meetings.contains(evaluation.meeting()))) {
			refusals.add(Refusal.of("meeting", "plans.meeting.required"));
		} else if (moment.needsOutcome() && evaluation.continuation() == null) {
			refusals.add(Refusal.of("continuation", "plans.continuation.required"));
		} else if (!moment.needsOutcome() && evaluation.continuation() != null) {
			refusals.add(Refusal.of("continuation", "plans.continuation.notAtMdo"));
		}
		if (evaluation.evaluatedOn() == null) {
			refusals.add(Refusal.of("evaluatedOn", "plans.evaluatedOn.required"));
		} else if (evaluation.evaluatedOn().isAfter(today)) {
			refusals.add(Refusal.of("evaluatedOn", "plans.evaluatedOn.future"));
		}
		text(refusals, "remarks", evaluation.remarks(), MAX_REMARKS, false);
		return List.copyOf(refusals);
	}
}
