package nl.jeugdregie.intake;

import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** The outcome of registering a help request; a refusal saves nothing. */
public sealed interface RegistrationResult {

	/**
	 * @param assignedTo for a returning young person (TOE-12), the professional who handled the earlier request
	 * @param routedToOtherTeam whether that professional works in another team than the registrar
	 */
	record Registered(HelpRequestId id, String number, @Nullable String assignedTo, boolean routedToOtherTeam)
			implements RegistrationResult {}

	record Refused(List<Refusal> refusals) implements RegistrationResult {}
}
