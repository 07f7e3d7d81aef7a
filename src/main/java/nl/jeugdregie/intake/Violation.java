package nl.jeugdregie.intake;

import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Why input was refused: the field and a message code from messages-intake.properties, shown in Dutch
 * next to the field in the UI and in the problem document of the API. Intake's policies answer with it; a service
 * hands it on as the platform's {@link Refusal} inside an {@link nl.jeugdregie.platform.result.Outcome}.
 */
public record Violation(String field, String code, Object... arguments) {

	/** The same refusal as the platform's one refusal type. */
	public Refusal toRefusal() {
		return new Refusal(field, code, Arrays.asList(arguments));
	}

	/** The violations as the platform's refusals, in their order. */
	public static List<Refusal> toRefusals(List<Violation> violations) {
		return violations.stream().map(Violation::toRefusal).toList();
	}
}
