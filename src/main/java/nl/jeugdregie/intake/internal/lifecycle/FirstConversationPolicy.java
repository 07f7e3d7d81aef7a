package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.intake.Violation;

/**
 * When the first conversation can be recorded: once, not before the registration date and not in the future.
 */
final class FirstConversationPolicy {

	private FirstConversationPolicy() {}

	static Optional<Violation> check(HelpRequest request, LocalDate conversationDate, LocalDate today) {
		if (!(request.state() instanceof HelpRequestState.AwaitingTreatment)) {
			return Optional.of(new Violation("conversationDate", "intake.firstConversation.alreadyRecorded"));
		}
		if (conversationDate.isBefore(request.registeredOn())) {
			return Optional.of(new Violation("conversationDate", "intake.firstConversation.beforeRegistration"));
		}
		if (conversationDate.isAfter(today)) {
			return Optional.of(new Violation("conversationDate", "intake.firstConversation.future"));
		}
		return Optional.empty();
	}
}
