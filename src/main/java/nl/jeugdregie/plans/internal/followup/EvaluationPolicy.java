package nl.jeugdregie.plans.internal.followup;

import static nl.jeugdregie.plans.internal.household.InputRules.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.plans.internal.household.InputRules;
import nl.jeugdregie.plans.internal.household.Violation;

/**
 * What an evaluation of the plan must contain (PLAN-5): the moment and date (not in the future); at an MDO the
 * meeting it was part of; at closure and at a handover the CBS continuation outcome, which an MDO does not have.
 * The plan must have goals to evaluate, and a closed plan is not evaluated again.
 */
final class EvaluationPolicy {

	static final int MAX_REMARKS = 2000;

	private EvaluationPolicy() {}

	static List<Violation> check(FollowUpCommands.NewEvaluation evaluation, Set<UUID> meetings, int goals,
			boolean closed, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (closed) {
			violations.add(new Violation("moment", "plans.evaluation.closed"));
			return List.copyOf(violations);
		}
		if (goals == 0) {
			violations.add(new Violation("moment", "plans.evaluation.noGoals"));
		}
		var moment = evaluation.moment();
		if (moment == null) {
			violations.add(new Violation("moment", "plans.moment.required"));
		} else if (moment == EvaluationMoment.MDO
				&& (evaluation.meeting() == null || !meetings.contains(evaluation.meeting()))) {
			violations.add(new Violation("meeting", "plans.meeting.required"));
		} else if (moment.needsOutcome() && evaluation.continuation() == null) {
			violations.add(new Violation("continuation", "plans.continuation.required"));
		} else if (!moment.needsOutcome() && evaluation.continuation() != null) {
			violations.add(new Violation("continuation", "plans.continuation.notAtMdo"));
		}
		if (evaluation.evaluatedOn() == null) {
			violations.add(new Violation("evaluatedOn", "plans.evaluatedOn.required"));
		} else if (evaluation.evaluatedOn().isAfter(today)) {
			violations.add(new Violation("evaluatedOn", "plans.evaluatedOn.future"));
		}
		text(violations, "remarks", evaluation.remarks(), MAX_REMARKS, false);
		return List.copyOf(violations);
	}
}
