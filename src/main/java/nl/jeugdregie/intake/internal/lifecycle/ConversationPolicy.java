package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * A further conversation (TOE-7): in a state that allows it, on a real date not before the previous
 * conversation, and beyond the maximum only after a recorded decision to continue.
 */
final class ConversationPolicy {

	private ConversationPolicy() {}

	static Optional<Refusal> check(HelpRequest request, LocalDate heldOn, LocalDate today, int maxConversations) {
		var transition = TransitionPolicy.check(request.state(), LifecycleAction.CONVERSATION);
		if (transition.isPresent()) {
			return transition;
		}
		if (heldOn.isAfter(today)) {
			return Optional.of(Refusal.of("heldOn", "intake.conversation.future"));
		}
		var last = request.lastConversationOn();
		if (heldOn.isBefore(last == null ? request.registeredOn() : last)) {
			return Optional.of(Refusal.of("heldOn", "intake.conversation.beforePrevious"));
		}
		if (request.conversations().size() >= maxConversations && request.continuation() == null) {
			return Optional.of(Refusal.of("heldOn", "intake.conversation.maximumReached", maxConversations));
		}
		return Optional.empty();
	}
}
