package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Closing by hand: an end reason a professional may choose in the current state, on a date between the
 * registration and today. "Solved by the CJG" needs CJG treatment; "to specialised care" a made application.
 */
final class ClosurePolicy {

	private ClosurePolicy() {}

	static Optional<Refusal> check(HelpRequest request, @Nullable ClosureReason reason, LocalDate closedOn,
			LocalDate today) {
		var transition = TransitionPolicy.check(request.state(), LifecycleAction.CLOSE);
		if (transition.isPresent()) {
			return transition;
		}
		if (reason == null || !reason.chosenByHand()) {
			return Optional.of(Refusal.of("reason", "intake.closure.reason.required"));
		}
		if (reason == ClosureReason.SOLVED_BY_CJG && !(request.state() instanceof HelpRequestState.InCjgTreatment)) {
			return Optional.of(Refusal.of("reason", "intake.closure.reason.solvedNeedsTreatment"));
		}
		if (reason == ClosureReason.SPECIALISED_CARE_STARTED
				&& !(request.state() instanceof HelpRequestState.ApplicationMade)) {
			return Optional.of(Refusal.of("reason", "intake.closure.reason.careNeedsApplication"));
		}
		var earliest = request.lastConversationOn() == null ? request.registeredOn() : request.lastConversationOn();
		if (closedOn.isAfter(today) || closedOn.isBefore(earliest)) {
			return Optional.of(Refusal.of("closedOn", "intake.closure.date"));
		}
		return Optional.empty();
	}
}
