package nl.jeugdregie.plans.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.plans.internal.household.Commands;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-2, PLAN-5: a goal is only tracked when someone owns it. */
class PlanInputPolicyUnitTests {

	@Test
	@DisplayName("PLAN-2, PLAN-5: refuses a goal without an owner")
	void refusesAGoalWithoutAnOwner() {
		var goal = new Commands.NewGoal(LifeDomain.EDUCATION_AND_WORK, "Daan gaat elke dag naar school", 1, null, null);
		assertThat(PlanInputPolicy.check(goal)).extracting(Refusal::field, Refusal::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("owner", "plans.owner.required"));
	}

	@Test
	void acceptsAGoalWithAnOwner() {
		var goal = new Commands.NewGoal(LifeDomain.EDUCATION_AND_WORK, "Daan gaat elke dag naar school", 1,
				Contributor.FAMILY, "moeder");
		assertThat(PlanInputPolicy.check(goal)).isEmpty();
	}
}
