package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.plans.ContinuationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of the plan (PLAN-5) with the goal counts at that moment and, at closure or handover, the CBS
 * continuation outcome. Remarks marked internal never go into the family's plan document.
 */
record PlanEvaluation(UUID id, EvaluationMoment moment, LocalDate evaluatedOn, @Nullable UUID meeting,
		@Nullable ContinuationOutcome continuation, @Nullable String remarks, boolean remarksInternal,
		GoalRealisation goals, String recordedBy) {

	public boolean closes() {
		return moment == EvaluationMoment.CLOSURE;
	}
}
