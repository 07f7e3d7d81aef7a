package nl.jeugdregie.plans.internal.followup;

/**
 * The outcome of opening a household's MDOs, progress or plan document. Only the case team and the household's
 * director get it; a case worker of another team is refused here, without a reason to give (PLAN-5 pages hold
 * the family's own words and scores).
 */
sealed interface FollowUpOpening {

	record Opened(PlanFollowUp followUp) implements FollowUpOpening {}

	record NotFound() implements FollowUpOpening {}

	record Forbidden() implements FollowUpOpening {}
}
