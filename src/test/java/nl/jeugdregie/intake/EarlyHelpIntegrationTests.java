package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** TOE-16: integrated early-help registrations are a request type with their own coordination list. */
@IntegrationTest
class EarlyHelpIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;

	@Test // TOE-16
	void listsTheTeamsOpenEarlyHelpRegistrationsOnly() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var open = register(professional, "Noor", RequestType.INTEGRATED_EARLY_HELP);
		register(professional, "Liam", RequestType.REGULAR);
		var closed = register(professional, "Mila", RequestType.INTEGRATED_EARLY_HELP);
		lifecycle.perform(closed, new Step.Close(nl.jeugdregie.intake.ClosureReason.MOVED_AWAY, null), professional);

		mvc.perform(get("/api/v1/worklist/early-help").with(TestFixtures.api(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0].id").value(open.value().toString()));
		mvc.perform(get("/werklijst/ivh").session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Noor Visser")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Liam Visser"))));
	}

	private HelpRequestId register(CurrentUser professional, String name, RequestType type) {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest(name, "Visser",
				LocalDate.of(2024, 5, 5), null, "Anna Visser", "moeder", Channel.PHONE, Referrer.YOUTH_DOCTOR,
				"Taalontwikkeling blijft achter.", false, type), professional, Instant.parse("2026-11-10T09:00:00Z"))).id();
	}
}
