package nl.jeugdregie.intake.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.intake.internal.registration.EarlierRequest;
import org.junit.jupiter.api.Test;

/**
 * TOE-1, TOE-3: a registration is made without its number and gets it last in its transaction, because drawing the
 * number locks the municipality's series until the commit (issue 19 P1, ADR 0053). The numbered request is the same
 * registration.
 */
class NumberedRegistrationUnitTests {

	@Test
	void keepsEverythingOfTheRegistrationWithItsNumber() {
		var unnumbered = FirstConversationPolicyUnitTests.waitingRequest();
		var earlier = new EarlierRequest(HelpRequestId.random(), "HV-0828-2026-000007", LocalDate.of(2026, 6, 1), "jeugdprof");
		unnumbered.returningFrom(earlier, "jeugdprof");
		unnumbered.markCrisis(Crisis.DURING_OFFICE_HOURS);
		unnumbered.classify(RequestType.INTEGRATED_EARLY_HELP);

		var numbered = unnumbered.numbered("HV-0828-2026-000123");

		assertThat(numbered.number()).isEqualTo("HV-0828-2026-000123");
		assertThat(numbered.subject()).isEqualTo("Hulpvraag HV-0828-2026-000123");
		assertThat(numbered).usingRecursiveComparison().ignoringFields("number").isEqualTo(unnumbered);
	}

	@Test
	void givesNoNumberToARequestWithAHistory() {
		var started = FirstConversationPolicyUnitTests.waitingRequest();
		started.startTreatment(FirstConversationPolicyUnitTests.REGISTERED, "professional");

		assertThatIllegalStateException().isThrownBy(() -> started.numbered("HV-0828-2026-000124"));
	}
}
