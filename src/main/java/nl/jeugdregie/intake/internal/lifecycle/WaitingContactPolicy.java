package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOE-6: contact with an applicant who waits for treatment. An agreement names a frequency of 1 to 31 days;
 * a contact is dated between the registration (or the previous contact) and today. Only while waiting.
 */
final class WaitingContactPolicy {

	private WaitingContactPolicy() {}

	static Optional<Refusal> checkAgreement(HelpRequest request, @Nullable Integer everyDays, LocalDate agreedOn,
			LocalDate today) {
		var transition = TransitionPolicy.check(request.state(), LifecycleAction.AGREE_CONTACT);
		if (transition.isPresent()) {
			return transition;
		}
		if (everyDays == null || everyDays < 1 || everyDays > ContactAgreement.MAX_DAYS) {
			return Optional.of(Refusal.of("everyDays", "intake.contact.frequency", ContactAgreement.MAX_DAYS));
		}
		if (agreedOn.isBefore(request.registeredOn()) || agreedOn.isAfter(today)) {
			return Optional.of(Refusal.of("agreedOn", "intake.contact.date"));
		}
		return Optional.empty();
	}

	static Optional<Refusal> checkContact(HelpRequest request, @Nullable LocalDate contactedOn, LocalDate today) {
		var transition = TransitionPolicy.check(request.state(), LifecycleAction.RECORD_CONTACT);
		if (transition.isPresent()) {
			return transition;
		}
		var earliest = request.lastWaitingContactOn() == null ? request.registeredOn() : request.lastWaitingContactOn();
		if (contactedOn == null || contactedOn.isBefore(earliest) || contactedOn.isAfter(today)) {
			return Optional.of(Refusal.of("contactedOn", "intake.contact.date"));
		}
		return Optional.empty();
	}
}
