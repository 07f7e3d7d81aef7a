package nl.jeugdregie.plans.internal.socialwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.plans.ExitRoute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-8: question clarification in at most 2 conversations. */
class ClarificationConversationLimitUnitTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 2);

	@Test
	@DisplayName("PLAN-8: allows the first and the second clarification conversation")
	void allowsTheFirstAndSecondConversation() {
		assertThat(ClarificationConversationLimit.check(new TrajectoryState.Registered(), 0, 2)).isEmpty();
		assertThat(ClarificationConversationLimit.check(new TrajectoryState.Clarifying(DAY), 1, 2)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-8: refuses a third clarification conversation, naming the maximum")
	void refusesAThirdConversation() {
		assertThat(ClarificationConversationLimit.check(new TrajectoryState.Clarifying(DAY), 2, 2))
				.hasValueSatisfying(v -> {
					assertThat(v.code()).isEqualTo("socialwork.clarification.limit");
					assertThat(v.arguments()).containsExactly(2);
				});
	}

	@Test
	void followsAConfiguredMaximum() {
		assertThat(ClarificationConversationLimit.check(new TrajectoryState.Clarifying(DAY), 2, 3)).isEmpty();
		assertThat(ClarificationConversationLimit.check(new TrajectoryState.Clarifying(DAY), 1, 1)).isPresent();
	}

	@Test
	void refusesAClarificationConversationOnceTheTrajectoryRunsOrIsClosed() {
		var running = new TrajectoryState.InTrajectory(DAY, DAY, "Vraag", TrajectoryKind.REGULAR, null, DAY.plusMonths(6));
		var closed = new TrajectoryState.Closed(DAY, null, DAY, ExitRoute.OWN_NETWORK);

		assertThat(ClarificationConversationLimit.check(running, 1, 2))
				.hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("socialwork.state.wrong"));
		assertThat(ClarificationConversationLimit.check(closed, 1, 2)).isPresent();
	}
}
