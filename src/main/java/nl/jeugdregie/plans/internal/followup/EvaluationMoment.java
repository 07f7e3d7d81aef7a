package nl.jeugdregie.plans.internal.followup;

import nl.jeugdregie.plans.PlanEvaluated;

/** When the plan is evaluated with the family (PLAN-5): at an MDO, at closure or at a handover. */
enum EvaluationMoment {
	MDO("Bij een MDO", PlanEvaluated.Moment.MDO),
	CLOSURE("Bij afsluiten", PlanEvaluated.Moment.CLOSURE),
	HANDOVER("Bij overdracht", PlanEvaluated.Moment.HANDOVER);

	private final String dutchName;
	private final PlanEvaluated.Moment published;

	EvaluationMoment(String dutchName, PlanEvaluated.Moment published) {
		this.dutchName = dutchName;
		this.published = published;
	}

	public String dutchName() {
		return dutchName;
	}

	PlanEvaluated.Moment published() {
		return published;
	}

	/** At closure and handover the CBS continuation outcome is recorded; at an MDO the trajectory goes on. */
	boolean needsOutcome() {
		return this != MDO;
	}
}
