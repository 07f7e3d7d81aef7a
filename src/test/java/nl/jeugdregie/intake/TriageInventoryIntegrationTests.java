package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** TOE-4: the life-domain checklist per municipality and the question clarification notes, API and UI. */
@IntegrationTest
class TriageInventoryIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	TestFixtures.World world;
	CurrentUser professional;
	CurrentUser administrator;
	HelpRequestId id;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		administrator = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Lotte", "Jansen",
				LocalDate.of(2014, 6, 6), null, null, null, Channel.PHONE, Referrer.PARENT, "Ruzie thuis."),
				professional, Instant.parse("2026-11-09T09:00:00Z"))).id();
	}

	@Test
	@DisplayName("TOE-4 the administrator replaces the municipality's life-domain list; recorded checklists stay as they were")
	void keepsRecordedChecklistsWhenTheListChanges() throws Exception {
		mvc.perform(get("/api/v1/policy/life-domains").with(basic(professional)))
				.andExpect(jsonPath("$.domains.length()").value(9))
				.andExpect(jsonPath("$.domains[0]").value("Opvoeding"));
		mvc.perform(put("/api/v1/policy/life-domains").with(basic(administrator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"domains\":[\"Opvoeding\",\"Veiligheid\"]}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.domains.length()").value(2));
		checklist("[{\"domain\":\"Opvoeding\",\"concern\":true,\"note\":\"Vaak ruzie over regels.\"},"
				+ "{\"domain\":\"Veiligheid\",\"concern\":false}]").andExpect(status().isOk())
				.andExpect(jsonPath("$.checklist.length()").value(2))
				.andExpect(jsonPath("$.checklist[0].note").value("Vaak ruzie over regels."))
				.andExpect(jsonPath("$.checklistBy").value(professional.username()));

		mvc.perform(put("/api/v1/policy/life-domains").with(basic(administrator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"domains\":[\"Opvoeding\",\"Wonen\",\"Financiën\"]}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/help-requests/{id}/triage-inventory", id.value()).with(basic(professional)))
				.andExpect(jsonPath("$.checklist.length()").value(2))
				.andExpect(jsonPath("$.checklist[1].domain").value("Veiligheid"));
		checklist("[{\"domain\":\"Opvoeding\",\"concern\":false},{\"domain\":\"Veiligheid\",\"concern\":false}]")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field=='Wonen')].message").value(
						org.hamcrest.Matchers.hasItem(containsString("Kies bij Wonen"))));
	}

	@Test
	@DisplayName("TOE-4 only the municipality's administrator changes the life-domain list; an empty list is refused")
	void letsOnlyTheAdministratorChangeTheList() throws Exception {
		for (var other : new CurrentUser[] { professional, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null) }) {
			mvc.perform(put("/api/v1/policy/life-domains").with(basic(other)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"domains\":[\"Wonen\"]}")).andExpect(status().isForbidden());
		}
		mvc.perform(put("/api/v1/policy/life-domains").with(basic(administrator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"domains\":[\" \"]}")).andExpect(status().isBadRequest());
		var session = TestFixtures.login(mvc, administrator);
		mvc.perform(get("/beheer/leefgebieden").session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Relaties in het gezin")));
		mvc.perform(post("/beheer/leefgebieden").session(session).with(csrf()).param("domains", "Opvoeding\r\nopvoeding"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("staat twee keer op de lijst")));
		mvc.perform(post("/beheer/leefgebieden").session(session).with(csrf()).param("domains", "Opvoeding\r\nWonen\r\n"))
				.andExpect(redirectedUrl("/beheer/leefgebieden"));
		mvc.perform(get("/api/v1/policy/life-domains").with(basic(professional)))
				.andExpect(jsonPath("$.domains.length()").value(2));
		mvc.perform(get("/beheer/leefgebieden").session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("TOE-4 records the checklist and clarification notes on the file page; after triage the checklist is closed")
	void recordsTheChecklistAndNotesOnTheFilePage() throws Exception {
		mvc.perform(put("/api/v1/policy/life-domains").with(basic(administrator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"domains\":[\"Opvoeding\",\"Veiligheid\"]}")).andExpect(status().isOk());
		var session = TestFixtures.login(mvc, professional);
		// Issue 13 item 2: the checklist has its own page, reached from the file.
		mvc.perform(get("/hulpvragen/{id}", id.value()).session(session))
				.andExpect(content().string(containsString("href=\"/hulpvragen/" + id.value() + "/leefgebieden\"")));
		mvc.perform(get("/hulpvragen/{id}/leefgebieden", id.value()).session(session))
				.andExpect(content().string(containsString("Toelichting bij Veiligheid")));
		mvc.perform(post("/hulpvragen/{id}/leefgebieden", id.value()).session(session).with(csrf())
						.param("domain-0", "Opvoeding").param("concern-0", "ja").param("note-0", "")
						.param("domain-1", "Veiligheid").param("concern-1", "nee"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Schrijf bij Opvoeding kort op wat de zorg is.")));
		mvc.perform(post("/hulpvragen/{id}/leefgebieden", id.value()).session(session).with(csrf())
						.param("domain-0", "Opvoeding").param("concern-0", "ja").param("note-0", "Ouders oneens over regels.")
						.param("domain-1", "Veiligheid").param("concern-1", "nee"))
				.andExpect(redirectedUrl("/hulpvragen/" + id.value()));
		mvc.perform(post("/hulpvragen/{id}/vraagverheldering", id.value()).session(session).with(csrf())
						.param("note", "Moeder wil vooral rust aan tafel."))
				.andExpect(redirectedUrl("/hulpvragen/" + id.value()));
		mvc.perform(get("/hulpvragen/{id}", id.value()).session(session))
				.andExpect(content().string(containsString("Ouders oneens over regels.")))
				.andExpect(content().string(containsString("Moeder wil vooral rust aan tafel.")))
				.andExpect(content().string(containsString("zorgen op 1 van de 2 leefgebieden")));

		api(professional, post("/api/v1/help-requests/{id}/first-conversation", id.value()), "{\"date\":\"2026-11-10\"}")
				.andExpect(status().isOk());
		api(professional, post("/api/v1/help-requests/{id}/triage", id.value()),
				"{\"outcome\":\"CJG_TREATMENT\",\"urgency\":\"NORMAL\",\"reason\":\"Opvoedvragen.\"}").andExpect(status().isOk());
		checklist("[{\"domain\":\"Opvoeding\",\"concern\":false},{\"domain\":\"Veiligheid\",\"concern\":false}]")
				.andExpect(status().isConflict());
		mvc.perform(get("/hulpvragen/{id}", id.value()).session(session))
				.andExpect(content().string(not(containsString("Leefgebieden vastleggen"))));
		mvc.perform(get("/hulpvragen/{id}/leefgebieden", id.value()).session(session))
				.andExpect(redirectedUrl("/hulpvragen/" + id.value()));
	}

	@Test
	@DisplayName("TOE-4, SEC-2: another team, a provider and a policy officer never read or change the inventory")
	void keepsTheInventoryWithinTheCaseTeam() throws Exception {
		mvc.perform(get("/api/v1/help-requests/{id}/triage-inventory", id.value()).with(basic(professional)))
				.andExpect(status().isOk());
		for (var outsider : new CurrentUser[] {
				fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam()),
				fixtures.user(Role.PROVIDER, world.municipality(), null),
				fixtures.user(Role.POLICY_OFFICER, world.municipality(), null) }) {
			mvc.perform(get("/api/v1/help-requests/{id}/triage-inventory", id.value()).with(basic(outsider)))
					.andExpect(status().isNotFound());
			api(outsider, post("/api/v1/help-requests/{id}/triage-inventory/clarification-notes", id.value()),
					"{\"note\":\"x\"}").andExpect(status().isNotFound());
			mvc.perform(post("/hulpvragen/{id}/vraagverheldering", id.value()).session(TestFixtures.login(mvc, outsider))
					.with(csrf()).param("note", "x")).andExpect(status().isNotFound());
		}
	}

	private org.springframework.test.web.servlet.ResultActions checklist(String entries) throws Exception {
		return api(professional, put("/api/v1/help-requests/{id}/triage-inventory/checklist", id.value()),
				"{\"entries\":" + entries + "}");
	}

	private org.springframework.test.web.servlet.ResultActions api(CurrentUser user,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
