package nl.jeugdregie.intake;

import java.util.List;

/** The outcome of registering a help request; a refusal saves nothing. */
public sealed interface RegistrationResult {

	record Registered(HelpRequestId id, String number) implements RegistrationResult {}

	record Refused(List<Violation> violations) implements RegistrationResult {}
}
