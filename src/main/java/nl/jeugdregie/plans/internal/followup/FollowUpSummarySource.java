package nl.jeugdregie.plans.internal.followup;

import java.util.Objects;
import nl.jeugdregie.plans.internal.futureplan.FuturePlanService;
import nl.jeugdregie.plans.internal.household.HouseholdFile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import nl.jeugdregie.plans.internal.household.summary.HouseholdSummarySource;
import nl.jeugdregie.plans.internal.household.summary.HouseholdSummary;

/**
 * The household summary's facts from the plan's follow-up (PLAN-1, PLAN-5) and the future plans (PLAN-4): the
 * latest and next MDO, whether the plan was evaluated at the latest MDO, the latest progress per goal, the
 * evaluations and whether the plan is closed. Reads only.
 */
@Component
class FollowUpSummarySource implements HouseholdSummarySource {

	private final JdbcPlanFollowUp followUps;
	private final FuturePlanService futurePlans;

	FollowUpSummarySource(JdbcPlanFollowUp followUps, FuturePlanService futurePlans) {
		this.followUps = followUps;
		this.futurePlans = futurePlans;
	}

	@Override
	@Transactional(readOnly = true)
	public HouseholdSummary summaryOf(HouseholdFile file) {
		var id = file.household().id();
		var followUp = new PlanFollowUp(file, followUps.meetings(id), followUps.progress(file.plan().id()),
				followUps.evaluations(id));
		var latest = followUp.meetings().stream().findFirst();
		var unevaluated = latest.filter(m -> followUp.evaluations().stream()
				.noneMatch(e -> Objects.equals(e.meeting(), m.id()))).map(PlanMeeting::heldOn).orElse(null);
		var goals = file.plan().goals().stream().map(goal -> {
			var progress = followUp.latestOf(goal.id());
			return progress == null ? new HouseholdSummary.GoalLine(goal, null, null, null)
					: new HouseholdSummary.GoalLine(goal, progress.score(), progress.status().dutchName(),
							progress.measuredOn());
		}).toList();
		var evaluations = followUp.evaluations().stream()
				.map(e -> new HouseholdSummary.EvaluationLine(e.evaluatedOn(), e.moment().dutchName(),
						e.goals().realised(), e.goals().improved(), e.goals().agreed()))
				.toList();
		return new HouseholdSummary(latest.map(PlanMeeting::heldOn).orElse(null),
				latest.map(PlanMeeting::nextMeetingOn).orElse(null), unevaluated, goals, evaluations,
				followUp.closed(), futurePlans.youngPeopleOf(file),
				futurePlans.futurePlanHorizon(file.household().municipality()));
	}
}
