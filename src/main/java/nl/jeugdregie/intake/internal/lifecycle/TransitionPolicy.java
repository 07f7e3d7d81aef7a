package nl.jeugdregie.intake.internal.lifecycle;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Which actions each lifecycle state allows; anything else is an illegal transition and refused.
 */
final class TransitionPolicy {

	private TransitionPolicy() {}

	static boolean allows(HelpRequestState state, LifecycleAction action) {
		return switch (state) {
			case HelpRequestState.AwaitingTreatment a -> action == LifecycleAction.CONVERSATION || action == LifecycleAction.CLOSE
					|| action == LifecycleAction.AGREE_CONTACT || action == LifecycleAction.RECORD_CONTACT;
			case HelpRequestState.InTriage t -> action == LifecycleAction.CONVERSATION || action == LifecycleAction.TRIAGE
					|| action == LifecycleAction.CLOSE;
			case HelpRequestState.InCjgTreatment t -> action == LifecycleAction.CONVERSATION
					|| action == LifecycleAction.CONTINUE_BEYOND_MAXIMUM || action == LifecycleAction.SPECIALISED_CARE_NEEDED
					|| action == LifecycleAction.CLOSE;
			case HelpRequestState.AwaitingApplication a -> action == LifecycleAction.APPLICATION || action == LifecycleAction.CLOSE;
			case HelpRequestState.ApplicationMade a -> action == LifecycleAction.CLOSE;
			case HelpRequestState.Closed c -> false;
		};
	}

	static Optional<Refusal> check(HelpRequestState state, LifecycleAction action) {
		return allows(state, action) ? Optional.empty()
				: Optional.of(Refusal.of("state", "intake.transition.notAllowed", action.dutchName(), state.dutchName()));
	}
}
