package nl.jeugdregie.plans.internal.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestSummary;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-3: a household belongs to an existing help request of the user's own municipality. */
class HelpRequestLinkPolicyUnitTests {

	static final MunicipalityCode OSS = new MunicipalityCode("0828");
	static final HelpRequestSummary REQUEST = new HelpRequestSummary(new HelpRequestId(UUID.randomUUID()),
			"HV-2026-000001", OSS, new TeamId(UUID.randomUUID()));

	@Test
	@DisplayName("PLAN-3: links a household to an existing help request of the same municipality")
	void acceptsARequestOfTheSameMunicipality() {
		assertThat(HelpRequestLinkPolicy.check(Optional.of(REQUEST), OSS)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-3: refuses an unknown help request and one of another municipality alike")
	void refusesAnUnknownRequestOrOneOfAnotherMunicipality() {
		assertThat(HelpRequestLinkPolicy.check(Optional.empty(), OSS)).extracting(Refusal::code)
				.containsExactly("plans.helpRequest.unknown");
		assertThat(HelpRequestLinkPolicy.check(Optional.of(REQUEST), new MunicipalityCode("0363")))
				.extracting(Refusal::code).containsExactly("plans.helpRequest.unknown");
	}
}
