package nl.jeugdregie.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;

/** A real help request in the professional's team, because a household links only to an existing request. */
final class RegisteredHelpRequests {

	private RegisteredHelpRequests() {}

	static UUID register(HelpRequestRegistration registration, CurrentUser professional) {
		var result = registration.register(new RegisterHelpRequest("Daan", "Jansen", LocalDate.of(2012, 4, 1), null,
				"Sanne Jansen", "moeder", Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding en school."),
				professional, Instant.parse("2026-11-10T09:00:00Z"));
		return ((RegistrationResult.Registered) result).id().value();
	}
}
