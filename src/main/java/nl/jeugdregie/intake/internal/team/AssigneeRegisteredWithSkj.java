package nl.jeugdregie.intake.internal.team;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.identity.SkjRegistration;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * SEC-1 (ADR 0040): the Jeugdwet's quality norm asks that youth professionals are registered with the SKJ, so a
 * request is not given to a professional whose recorded registration has ended. No registration recorded is let
 * through: accounts made before registrations were kept, and behavioural experts registered elsewhere (NIP, BIG).
 */
final class AssigneeRegisteredWithSkj implements Policy<AssigneeRegisteredWithSkj.Assignee> {

	/** The chosen professional's name, recorded registration (if any) and the day of the assignment. */
	record Assignee(String displayName, @Nullable SkjRegistration registration, LocalDate today) {}

	@Override
	public Optional<Refusal> check(Assignee assignee) {
		var registration = assignee.registration();
		if (registration == null || !registration.expiredOn(assignee.today())) {
			return Optional.empty();
		}
		return Optional.of(Refusal.of("professional", "intake.assignment.skjExpired", assignee.displayName(),
				DutchFormat.longDate(registration.registeredUntil())));
	}
}
