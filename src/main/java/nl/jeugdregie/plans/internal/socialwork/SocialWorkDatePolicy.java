package nl.jeugdregie.plans.internal.socialwork;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * PLAN-8: a date in an adult's trajectory (a conversation, the clarification, a contact, the closure) is known,
 * not in the future, not before the registration and not before the step it follows.
 */
final class SocialWorkDatePolicy {


	private SocialWorkDatePolicy() {}

	/**
	 * @param notBefore the date of the step this one follows (for instance the previous conversation), or null
	 */
	static Optional<Refusal> check(String field, @Nullable LocalDate date, LocalDate registeredOn,
			@Nullable LocalDate notBefore, LocalDate today) {
		if (date == null) {
			return Optional.of(Refusal.of(field, "socialwork.date.required"));
		}
		if (date.isAfter(today)) {
			return Optional.of(Refusal.of(field, "socialwork.date.future"));
		}
		if (date.isBefore(registeredOn)) {
			return Optional.of(Refusal.of(field, "socialwork.date.beforeRegistration", DutchFormat.date(registeredOn)));
		}
		if (notBefore != null && date.isBefore(notBefore)) {
			return Optional.of(Refusal.of(field, "socialwork.date.beforeLast", DutchFormat.date(notBefore)));
		}
		return Optional.empty();
	}
}
