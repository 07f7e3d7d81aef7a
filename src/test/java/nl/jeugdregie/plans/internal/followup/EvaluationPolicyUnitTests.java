package nl.jeugdregie.plans.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.internal.followup.FollowUpCommands.NewEvaluation;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-5: evaluation moments at an MDO, at closure and at a handover, with the CBS outcome at the end. */
class EvaluationPolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final UUID MEETING = UUID.randomUUID();

	static List<String> check(NewEvaluation evaluation, boolean closed) {
		return EvaluationPolicy.check(evaluation, Set.of(MEETING), 2, closed, TODAY).stream()
				.map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	@DisplayName("PLAN-5: evaluates at an MDO of this household, without a continuation outcome")
	void evaluatesAtAnMdo() {
		assertThat(check(new NewEvaluation(EvaluationMoment.MDO, TODAY, MEETING, null, null, true), false)).isEmpty();
		assertThat(check(new NewEvaluation(EvaluationMoment.MDO, TODAY, UUID.randomUUID(), null, null, true), false))
				.containsExactly("meeting:plans.meeting.required");
		assertThat(check(new NewEvaluation(EvaluationMoment.MDO, TODAY, MEETING,
				ContinuationOutcome.CONTINUES_WITHOUT_HELP, null, true), false))
				.containsExactly("continuation:plans.continuation.notAtMdo");
	}

	@Test
	@DisplayName("PLAN-5: refuses a closure or handover without the CBS continuation outcome")
	void refusesClosureAndHandoverWithoutOutcome() {
		assertThat(check(new NewEvaluation(EvaluationMoment.CLOSURE, TODAY, null, null, null, true), false))
				.containsExactly("continuation:plans.continuation.required");
		assertThat(check(new NewEvaluation(EvaluationMoment.HANDOVER, TODAY, null, null, null, true), false))
				.containsExactly("continuation:plans.continuation.required");
		assertThat(check(new NewEvaluation(EvaluationMoment.CLOSURE, TODAY, null,
				ContinuationOutcome.LIGHTER_HELP_SUFFICES, null, true), false)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-5: refuses to evaluate a plan that is already closed")
	void refusesToEvaluateAClosedPlan() {
		assertThat(check(new NewEvaluation(EvaluationMoment.HANDOVER, TODAY, null,
				ContinuationOutcome.SAME_OR_HEAVIER_HELP_NEEDED, null, true), true))
				.containsExactly("moment:plans.evaluation.closed");
	}

	@Test
	void refusesAnEvaluationWithoutGoalsMomentOrDate() {
		assertThat(EvaluationPolicy.check(new NewEvaluation(null, null, null, null, null, null), Set.of(), 0, false, TODAY)
				.stream().map(Refusal::code).toList())
				.containsExactly("plans.evaluation.noGoals", "plans.moment.required", "plans.evaluatedOn.required");
	}
}
