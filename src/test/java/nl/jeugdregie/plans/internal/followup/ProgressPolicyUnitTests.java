package nl.jeugdregie.plans.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.plans.internal.followup.FollowUpCommands.NewProgress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-5: what a progress measurement on a goal must contain. */
class ProgressPolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final UUID GOAL = UUID.randomUUID();

	static List<String> check(NewProgress progress) {
		return ProgressPolicy.check(progress, Set.of(GOAL), TODAY).stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	@DisplayName("PLAN-5: accepts a score from 1 to 10 with a status on a goal of the plan")
	void acceptsAScoreWithAStatus() {
		assertThat(check(new NewProgress(GOAL, TODAY, 1, GoalStatus.NOT_STARTED, null))).isEmpty();
		assertThat(check(new NewProgress(GOAL, TODAY, 10, GoalStatus.REALISED, "Helemaal gelukt"))).isEmpty();
	}

	@Test
	@DisplayName("PLAN-5: refuses a score outside 1 to 10")
	void refusesAScoreOutsideOneToTen() {
		assertThat(check(new NewProgress(GOAL, TODAY, 0, GoalStatus.ON_TRACK, null))).containsExactly("score:plans.score.range");
		assertThat(check(new NewProgress(GOAL, TODAY, 11, GoalStatus.ON_TRACK, null))).containsExactly("score:plans.score.range");
	}

	@Test
	@DisplayName("PLAN-5: refuses progress without goal of this plan, date, score or status")
	void refusesIncompleteProgress() {
		assertThat(check(new NewProgress(UUID.randomUUID(), null, null, null, null))).containsExactly(
				"progressGoal:plans.progressGoal.required", "measuredOn:plans.measuredOn.required",
				"score:plans.score.required", "status:plans.status.required");
	}

	@Test
	void refusesProgressMeasuredInTheFuture() {
		assertThat(check(new NewProgress(GOAL, TODAY.plusDays(1), 5, GoalStatus.ON_TRACK, null)))
				.containsExactly("measuredOn:plans.measuredOn.future");
	}
}
