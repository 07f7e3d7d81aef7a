package nl.jeugdregie.plans.internal.household.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import org.jspecify.annotations.Nullable;

/**
 * What the household's summary page shows besides the household itself (issue 13, item 2): the MDOs, the progress
 * per goal, the evaluations and the future plans 18-/18+. Filled in by the features that keep these facts (see
 * {@link HouseholdSummarySource}), so this package does not depend on them.
 *
 * @param lastMeeting the latest MDO held, if any
 * @param nextMeeting the next MDO agreed at the latest MDO, if any (also when it has passed)
 * @param meetingWithoutEvaluation the latest MDO when the plan was not evaluated at it
 * @param closed whether the plan was closed by an evaluation at closure
 * @param futurePlanHorizon the last 18th birthday that needs a future plan now (today plus the municipality's horizon)
 */
public record HouseholdSummary(@Nullable LocalDate lastMeeting, @Nullable LocalDate nextMeeting,
		@Nullable LocalDate meetingWithoutEvaluation, List<GoalLine> goals, List<EvaluationLine> evaluations,
		boolean closed, List<YoungPersonLine> youngPeople, LocalDate futurePlanHorizon) {

	public HouseholdSummary {
		goals = List.copyOf(goals);
		evaluations = List.copyOf(evaluations);
		youngPeople = List.copyOf(youngPeople);
	}

	/** A goal of the plan with its latest progress: score 1–10 and status in Dutch, or none yet. */
	public record GoalLine(PlanGoal goal, @Nullable Integer latestScore, @Nullable String latestStatus,
			@Nullable LocalDate measuredOn) {

		public boolean hasProgress() {
			return latestScore != null;
		}
	}

	/** An evaluation of the plan: when, at which moment, and how many goals were realised and improved. */
	public record EvaluationLine(LocalDate evaluatedOn, String moment, int realised, int improved, int agreed) {}

	/** A young person of the household with the 18th birthday and the future plan, if there is one. */
	public record YoungPersonLine(UUID memberId, String name, @Nullable LocalDate eighteenthBirthday,
			@Nullable UUID futurePlan) {

		public boolean hasFuturePlan() {
			return futurePlan != null;
		}
	}

	public Optional<YoungPersonLine> youngPerson(UUID memberId) {
		return youngPeople.stream().filter(p -> p.memberId().equals(memberId)).findFirst();
	}
}
