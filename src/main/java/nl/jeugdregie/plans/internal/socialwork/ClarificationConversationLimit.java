package nl.jeugdregie.plans.internal.socialwork;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * PLAN-8: question clarification takes at most the configured number of conversations (2): one more is refused,
 * and so is a clarification conversation once the trajectory runs or is closed.
 */
final class ClarificationConversationLimit {

	private ClarificationConversationLimit() {}

	static Optional<Refusal> check(TrajectoryState state, long conversationsHeld, int maximum) {
		if (!(state instanceof TrajectoryState.Registered || state instanceof TrajectoryState.Clarifying)) {
			return Optional.of(Refusal.of("heldOn", "socialwork.state.wrong"));
		}
		if (conversationsHeld >= maximum) {
			return Optional.of(Refusal.of("heldOn", "socialwork.clarification.limit", maximum));
		}
		return Optional.empty();
	}
}
