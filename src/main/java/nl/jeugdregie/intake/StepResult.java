package nl.jeugdregie.intake;

import java.util.List;

/** The outcome of a lifecycle step; a refusal changes nothing. */
public sealed interface StepResult {

	record Done(String confirmation) implements StepResult {}

	record Refused(List<Violation> violations) implements StepResult {}

	/** The file does not exist or the user may not change it. */
	record NotAllowed() implements StepResult {}
}
