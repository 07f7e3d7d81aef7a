package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 2: the help request's file is a summary with "Wijzigen" links and a task list; each action is on
 * its own page that posts to the action's existing URL, goes back to the file with a banner on success and shows
 * itself again with the error summary on a refusal.
 */
@IntegrationTest
class FileActionPagesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("Issue 13 item 2: the file is a summary without forms; its tasks and rows link to the action pages")
	void showsTheFileAsASummaryLinkingToTheActionPages() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var id = register(professional, Referrer.SCHOOL);

		mvc.perform(get("/hulpvragen/{id}", id).session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Wat moet er nu gebeuren?")))
				.andExpect(content().string(containsString("href=\"/hulpvragen/" + id + "/eerste-gesprek\"")))
				.andExpect(content().string(containsString("href=\"/hulpvragen/" + id + "/leefgebieden\"")))
				.andExpect(content().string(containsString("href=\"/hulpvragen/" + id + "/afsluiten\"")))
				.andExpect(content().string(containsString(
						"Wijzigen<span class=\"jr-visually-hidden\"> contactafspraak</span>")))
				.andExpect(content().string(containsString(
						"Wijzigen<span class=\"jr-visually-hidden\"> toestemming</span>")))
				.andExpect(content().string(not(containsString("toegewezen professional"))))
				.andExpect(result -> org.assertj.core.api.Assertions.assertThat(main(result.getResponse().getContentAsString()))
						.as("the file's main content has no form that changes something").doesNotContain("method=\"post\""));
		mvc.perform(get("/hulpvragen/{id}", id).session(TestFixtures.login(mvc, lead)))
				.andExpect(content().string(containsString(
						"Wijzigen<span class=\"jr-visually-hidden\"> toegewezen professional</span>")))
				.andExpect(content().string(containsString("href=\"/hulpvragen/" + id + "/toewijzen\"")));
	}

	@Test
	@DisplayName("Issue 13 item 2: each action available in the request's state has its own page with a back link "
			+ "and one form with the one-time form token; the others lead back to the file")
	void showsEachAvailableActionOnItsOwnPage() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional, Referrer.SCHOOL);
		var session = TestFixtures.login(mvc, professional);

		String[][] pages = {
				{ "eerste-gesprek", "Eerste gesprek vastleggen", "/eerste-gesprek" },
				{ "contactafspraak", "Contactafspraak tijdens het wachten", "/contactafspraak" },
				{ "contact", "Contact tijdens het wachten vastleggen", "/contact" },
				{ "leefgebieden", "Leefgebieden van het hele gezin", "/leefgebieden" },
				{ "vraagverheldering", "Aantekening vraagverheldering", "/vraagverheldering" },
				{ "afsluiten", "Hulpvraag afsluiten", "/afsluiten/controleren" },
				{ "toestemming", "Toestemming voor terugkoppeling aan de verwijzer", "/toestemming" },
				{ "terugkoppeling", "Terugkoppeling aan de verwijzer", "/terugkoppeling" } };
		for (var page : pages) {
			mvc.perform(get("/hulpvragen/{id}/" + page[0], id).session(session))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("<title>" + page[1] + " – Hulpvraag ")))
					.andExpect(content().string(containsString("<h1 class=\"utrecht-heading-1\">" + page[1] + "</h1>")))
					.andExpect(content().string(containsString("Terug naar hulpvraag ")))
					.andExpect(content().string(containsString("action=\"/hulpvragen/" + id + page[2] + "\"")))
					.andExpect(content().string(containsString("name=\"_idempotency\"")));
		}
		for (var later : new String[] { "gesprek", "triage", "specialistische-jeugdhulp", "doorgaan", "aanvraag",
				"nuttigheid" }) {
			mvc.perform(get("/hulpvragen/{id}/" + later, id).session(session))
					.andExpect(redirectedUrl("/hulpvragen/" + id));
		}
		mvc.perform(get("/hulpvragen/{id}/toewijzen", id).session(session)).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("Issue 13 item 2, TOE-3: a refused first conversation shows its page again with 'Fout:' in the "
			+ "title, the error summary linking to the date and the notes kept; a recorded one goes to the file "
			+ "with the banner")
	void showsTheActionPageAgainOnARefusalAndTheFileWithABannerOnSuccess() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional, Referrer.PARENT);
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(post("/hulpvragen/{id}/eerste-gesprek", id).session(session).with(csrf())
						.param("conversationDate", "2099-01-01").param("conversationNotes", "Moeder wil rust."))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Eerste gesprek vastleggen – Hulpvraag ")))
				.andExpect(content().string(containsString("jr-error-summary")))
				.andExpect(content().string(containsString("href=\"#conversationDate\"")))
				.andExpect(content().string(containsString("Het eerste gesprek kan niet in de toekomst liggen.")))
				.andExpect(content().string(containsString(">Moeder wil rust.</textarea>")));

		mvc.perform(post("/hulpvragen/{id}/eerste-gesprek", id).session(session).with(csrf())
						.param("conversationDate", "2026-11-12").param("conversationNotes", "Moeder wil rust."))
				.andExpect(redirectedUrl("/hulpvragen/" + id))
				.andExpect(flash().attribute("message", containsString("zijn vastgelegd")));
	}

	@Test
	@DisplayName("Issue 13 item 2, TOE-4: a refused triage keeps the answers and shows them next to the fields")
	void keepsTheAnswersOfARefusedForm() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional, Referrer.PARENT);
		var session = TestFixtures.login(mvc, professional);
		mvc.perform(post("/hulpvragen/{id}/eerste-gesprek", id).session(session).with(csrf())
				.param("conversationDate", "2026-11-12")).andExpect(redirectedUrl("/hulpvragen/" + id));

		mvc.perform(post("/hulpvragen/{id}/triage", id).session(session).with(csrf())
						.param("urgency", "NORMAL").param("reason", "Geen zorgen over veiligheid."))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Triage afronden – Hulpvraag ")))
				.andExpect(content().string(containsString("<option value=\"NORMAL\" selected=\"selected\">")))
				.andExpect(content().string(containsString(">Geen zorgen over veiligheid.</textarea>")))
				.andExpect(content().string(containsString("href=\"#triage-")));
	}

	@Test
	@DisplayName("Issue 13 item 2: 'Wijzigen' on the closure check page leads to the closure page with the answers")
	void returnsFromTheClosureCheckToTheClosurePageWithTheAnswers() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional, Referrer.PARENT);
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(post("/hulpvragen/{id}/afsluiten/controleren", id).session(session).with(csrf())
						.param("reason", "WITHDRAWN").param("closedOn", "2026-11-16"))
				.andExpect(content().string(containsString(
						"href=\"/hulpvragen/" + id + "/afsluiten?reason=WITHDRAWN&amp;closedOn=2026-11-16\"")));
		mvc.perform(get("/hulpvragen/{id}/afsluiten", id).session(session)
						.param("reason", "WITHDRAWN").param("closedOn", "2026-11-16"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"WITHDRAWN\" selected=\"selected\">")))
				.andExpect(content().string(containsString("value=\"2026-11-16\"")));
	}

	@Test
	@DisplayName("Issue 13 item 2, TOE-11: withdrawing consent is asked once more on its own page; only its button withdraws")
	void withdrawsConsentOnlyAfterTheCheckPage() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = register(professional, Referrer.SCHOOL);
		var session = TestFixtures.login(mvc, professional);
		mvc.perform(post("/hulpvragen/{id}/toestemming", id).session(session).with(csrf())
				.param("givenBy", "PARENTS").param("givenOn", "2026-11-12")).andExpect(redirectedUrl("/hulpvragen/" + id));

		var consentPage = mvc.perform(get("/hulpvragen/{id}/toestemming", id).session(session))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var matcher = java.util.regex.Pattern.compile("/toestemming/([0-9a-f-]{36})/intrekken").matcher(consentPage);
		org.assertj.core.api.Assertions.assertThat(matcher.find()).as("a link to withdraw the consent").isTrue();
		var withdrawal = "/hulpvragen/" + id + "/toestemming/" + matcher.group(1) + "/intrekken";

		mvc.perform(get(withdrawal).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Toestemming intrekken?")))
				.andExpect(content().string(containsString("action=\"" + withdrawal + "\"")));
		mvc.perform(get("/hulpvragen/{id}", id).session(session))
				.andExpect(content().string(not(containsString("ingetrokken op"))));
		mvc.perform(post(withdrawal).session(session).with(csrf())).andExpect(redirectedUrl("/hulpvragen/" + id));
		mvc.perform(get("/hulpvragen/{id}", id).session(session))
				.andExpect(content().string(containsString("ingetrokken op")));
		mvc.perform(get(withdrawal).session(session)).andExpect(redirectedUrl("/hulpvragen/" + id + "/toestemming"));
	}

	private static String main(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	private String register(CurrentUser professional, Referrer referrer) {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Fenna", "Kok",
				LocalDate.of(2014, 8, 8), null, null, null, Channel.PHONE, referrer, "Zorgen over thuis."),
				professional, Instant.parse("2026-11-10T09:00:00Z"))).id().value().toString();
	}
}
