package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * When the first conversation can be recorded: once, not before the registration date and not in the future.
 */
final class FirstConversationPolicy {

	private FirstConversationPolicy() {}

	static Optional<Refusal> check(HelpRequest request, LocalDate conversationDate, LocalDate today) {
		if (!(request.state() instanceof HelpRequestState.AwaitingTreatment)) {
			return Optional.of(Refusal.of("conversationDate", "intake.firstConversation.alreadyRecorded"));
		}
		if (conversationDate.isBefore(request.registeredOn())) {
			return Optional.of(Refusal.of("conversationDate", "intake.firstConversation.beforeRegistration"));
		}
		if (conversationDate.isAfter(today)) {
			return Optional.of(Refusal.of("conversationDate", "intake.firstConversation.future"));
		}
		return Optional.empty();
	}
}
