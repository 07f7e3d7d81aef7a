package nl.jeugdregie.plans.internal.followup;

import nl.jeugdregie.plans.PlanEvaluated;
import nl.jeugdregie.platform.text.Labelled;

/** When the plan is evaluated with the family (PLAN-5): at an MDO, at closure or at a handover. */
enum EvaluationMoment implements Labelled {
	MDO(PlanEvaluated.Moment.MDO),
	CLOSURE(PlanEvaluated.Moment.CLOSURE),
	HANDOVER(PlanEvaluated.Moment.HANDOVER);

	private final PlanEvaluated.Moment published;

	EvaluationMoment(PlanEvaluated.Moment published) {
		this.published = published;
	}

	PlanEvaluated.Moment published() {
		return published;
	}

	/** At closure and handover the CBS continuation outcome is recorded; at an MDO the trajectory goes on. */
	boolean needsOutcome() {
		return this != MDO;
	}
}
