package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/** Recording the application for specialised care (TOE-8): when one is due, dated from the last conversation to today. */
final class ApplicationPolicy {

	private ApplicationPolicy() {}

	static Optional<Refusal> check(HelpRequest request, LocalDate appliedOn, LocalDate today) {
		var transition = TransitionPolicy.check(request.state(), LifecycleAction.APPLICATION);
		if (transition.isPresent()) {
			return transition;
		}
		var last = request.lastConversationOn();
		if (appliedOn.isAfter(today) || (last != null && appliedOn.isBefore(last))) {
			return Optional.of(Refusal.of("appliedOn", "intake.application.date"));
		}
		return Optional.empty();
	}
}
