package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 2: consequential actions on a help request (closing it, the application for specialised care, a
 * key decision without the parents) first show a check page that changes nothing; only its "Ja, …" button acts.
 */
@IntegrationTest
class CheckYourAnswersIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("Issue 13, TOE-8: the closure check page closes nothing; its button closes the request")
	void closesARequestOnlyAfterTheCheckPage() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional);
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(post("/hulpvragen/{id}/afsluiten/controleren", id).session(session).with(csrf())
						.param("reason", "WITHDRAWN").param("closedOn", "2026-11-16"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer en sluit de hulpvraag af")))
				.andExpect(content().string(containsString("Teruggetrokken door jeugdige of ouders")))
				.andExpect(content().string(containsString("name=\"reason\" value=\"WITHDRAWN\"")));
		mvc.perform(get("/hulpvragen/{id}", id).session(session))
				.andExpect(content().string(not(containsString("<h2 class=\"utrecht-heading-2\">Afgesloten</h2>"))));

		mvc.perform(post("/hulpvragen/{id}/afsluiten", id).session(session).with(csrf())
						.param("reason", "WITHDRAWN").param("closedOn", "2026-11-16"))
				.andExpect(redirectedUrl("/hulpvragen/" + id));
		mvc.perform(get("/hulpvragen/{id}", id).session(session))
				.andExpect(content().string(containsString("<h2 class=\"utrecht-heading-2\">Afgesloten</h2>")));
	}

	@Test
	@DisplayName("Issue 13: without a reason the closure is refused at once, with the error on the file")
	void refusesAClosureWithoutReasonWithoutACheckPage() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional);

		mvc.perform(post("/hulpvragen/{id}/afsluiten/controleren", id).session(TestFixtures.login(mvc, professional))
						.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Controleer en sluit de hulpvraag af"))))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	@DisplayName("Issue 13, TOE-14: the key-decision check page records nothing; its button records the decision")
	void recordsAKeyDecisionOnlyAfterTheCheckPage() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var expert = fixtures.user(Role.BEHAVIOURAL_EXPERT, world.municipality(), world.team());
		var id = register(professional);
		var session = TestFixtures.login(mvc, expert);

		mvc.perform(post("/hulpvragen/{id}/veiligheid/kernbeslissing/controleren", id).session(session).with(csrf())
						.param("decision", "Tijdelijk verblijf bij oma").param("decidedOn", "2026-11-16"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer de kernbeslissing")));
		mvc.perform(get("/hulpvragen/{id}/veiligheid", id).session(session))
				.andExpect(content().string(not(containsString("16-11-2026: Tijdelijk verblijf bij oma"))));

		mvc.perform(post("/hulpvragen/{id}/veiligheid/kernbeslissing", id).session(session).with(csrf())
						.param("decision", "Tijdelijk verblijf bij oma").param("decidedOn", "2026-11-16"))
				.andExpect(redirectedUrl("/hulpvragen/" + id + "/veiligheid"));
		mvc.perform(get("/hulpvragen/{id}/veiligheid", id).session(session))
				.andExpect(content().string(containsString("16-11-2026: Tijdelijk verblijf bij oma")));
	}

	@Test
	@DisplayName("Issue 13, TOE-14: a professional who may not take key decisions gets the refusal, not the check page")
	void refusesTheKeyDecisionCheckToAProfessionalWithoutBehaviouralExpertise() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional);

		mvc.perform(post("/hulpvragen/{id}/veiligheid/kernbeslissing/controleren", id)
						.session(TestFixtures.login(mvc, professional)).with(csrf())
						.param("decision", "Tijdelijk verblijf bij oma").param("decidedOn", "2026-11-16"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Controleer de kernbeslissing"))))
				.andExpect(content().string(containsString("jr-error-summary")));
	}

	private String register(nl.jeugdregie.identity.CurrentUser professional) {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Fenna", "Kok",
				LocalDate.of(2014, 8, 8), null, null, null, Channel.PHONE, Referrer.PARENT, "Zorgen over thuis."),
				professional, Instant.parse("2026-11-10T09:00:00Z"))).id().value().toString();
	}
}
