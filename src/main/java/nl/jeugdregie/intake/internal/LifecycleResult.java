package nl.jeugdregie.intake.internal;

import java.util.List;
import nl.jeugdregie.intake.Violation;

/** The outcome of a lifecycle command; a refusal changes nothing. */
sealed interface LifecycleResult {

	record Done(String confirmation) implements LifecycleResult {}

	record Refused(List<Violation> violations) implements LifecycleResult {}

	/** The file does not exist or the user may not change it. */
	record NotAllowed() implements LifecycleResult {}
}
