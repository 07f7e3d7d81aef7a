package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** TOE-14: safety per help request in the API and the UI, for the case team only, every access audited. */
@IntegrationTest
class SafetyIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser professional;
	HelpRequestId id;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Willems",
				LocalDate.of(2015, 5, 5), null, "Eva Willems", "moeder", Channel.PHONE, Referrer.SCHOOL,
				"School ziet blauwe plekken."), professional, Instant.parse("2026-11-02T09:00:00Z"))).id();
	}

	@Test
	@DisplayName("TOE-14 records the five meldcode steps in order, each with date and note, via the API")
	void recordsTheMeldcodeStepsInOrder() throws Exception {
		api(professional, "steps", "{\"step\":\"CONSULTATION\",\"takenOn\":\"2026-11-03\",\"note\":\"x\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Stap 1: signalen in kaart brengen")));
		api(professional, "steps", "{\"step\":\"SIGNALS_MAPPED\",\"takenOn\":\"2026-11-01\",\"note\":\"x\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("voor de registratie")));
		api(professional, "steps", "{\"step\":\"SIGNALS_MAPPED\",\"takenOn\":\"2026-11-17\",\"note\":\"x\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("toekomst")));
		var days = new String[] { "2026-11-03", "2026-11-04", "2026-11-06", "2026-11-10" };
		var steps = new String[] { "SIGNALS_MAPPED", "CONSULTATION", "CONVERSATION", "WEIGHING" };
		for (var i = 0; i < 4; i++) {
			api(professional, "steps", "{\"step\":\"" + steps[i] + "\",\"takenOn\":\"" + days[i] + "\",\"note\":\"Aantekening " + i + "\"}")
					.andExpect(status().isOk());
		}
		api(professional, "steps", "{\"step\":\"DECISION\",\"takenOn\":\"2026-11-12\",\"note\":\"Besluit\"}")
				.andExpect(status().isBadRequest());
		api(professional, "steps", "{\"step\":\"DECISION\",\"takenOn\":\"2026-11-12\",\"note\":\"Melden en hulp.\",\"decision\":\"ORGANISE_HELP_AND_REPORT\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.safety.steps.length()").value(5))
				.andExpect(jsonPath("$.safety.steps[4].decision").value("ORGANISE_HELP_AND_REPORT"))
				.andExpect(jsonPath("$.nextStep").doesNotExist());
	}

	@Test
	@DisplayName("TOE-14 records a safety plan and the report to Veilig Thuis, protection table and Raad with date and outcome")
	void recordsAPlanAndSafetyActions() throws Exception {
		api(professional, "plans", "{\"agreements\":\"Vader woont tijdelijk bij opa.\",\"responsible\":\"Moeder, opa\",\"reviewOn\":\"2026-12-14\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.safety.plans[0].reviewOn").value("2026-12-14"));
		api(professional, "actions", "{\"kind\":\"VEILIG_THUIS_REPORT\",\"takenOn\":\"2026-11-12\",\"outcome\":\"Veilig Thuis doet onderzoek.\"}")
				.andExpect(status().isOk());
		api(professional, "actions", "{\"kind\":\"PROTECTION_TABLE\",\"takenOn\":\"2026-11-13\",\"outcome\":\"Afspraken gemaakt.\"}")
				.andExpect(status().isOk());
		api(professional, "actions", "{\"kind\":\"CHILD_PROTECTION_INVESTIGATION\",\"takenOn\":\"2026-11-16\",\"outcome\":\"Raad start onderzoek.\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.safety.actions.length()").value(3))
				.andExpect(jsonPath("$.safety.actions[2].kind").value("CHILD_PROTECTION_INVESTIGATION"));
		api(professional, "actions", "{\"kind\":\"VEILIG_THUIS_REPORT\",\"takenOn\":\"2026-10-30\",\"outcome\":\"x\"}")
				.andExpect(status().isBadRequest());
		Assertions.assertThat(jdbc.sql("select count(*) from safety_action where help_request_id = ?")
				.param(id.value()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	@DisplayName("TOE-14 lets only a behavioural expert record a key decision not agreed with the parents")
	void recordsKeyDecisionsByBehaviouralExpertsOnly() throws Exception {
		var body = "{\"decision\":\"Verzoek tot onderzoek bij de Raad voor de Kinderbescherming.\",\"decidedOn\":\"2026-11-16\"}";
		api(professional, "key-decisions", body).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(containsString("Alleen een gedragsdeskundige")));
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		api(lead, "key-decisions", body).andExpect(status().isForbidden());

		var expert = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		accounts.replaceExpertise(expert.username(), Set.of(Expertise.BEHAVIOURAL_EXPERTISE));
		api(expert, "key-decisions", body).andExpect(status().isOk())
				.andExpect(jsonPath("$.safety.keyDecisions[0].recordedBy").value(expert.username()));
		var behaviouralExpert = fixtures.user(Role.BEHAVIOURAL_EXPERT, world.municipality(), world.team());
		api(behaviouralExpert, "key-decisions", body).andExpect(status().isOk())
				.andExpect(jsonPath("$.safety.keyDecisions.length()").value(2));
		Assertions.assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'REFUSED'")
				.param(professional.username()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("TOE-14, SEC-2: the case team reads and changes safety; another team, provider and policy officer never")
	void showsSafetyToTheCaseTeamOnly() throws Exception {
		mvc.perform(get("/api/v1/help-requests/{id}/safety", id.value()).with(basic(professional)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.nextStep").value("SIGNALS_MAPPED"));
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		mvc.perform(get("/api/v1/help-requests/{id}/safety", id.value()).with(basic(lead))).andExpect(status().isOk());
		for (var outsider : new CurrentUser[] {
				fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam()),
				fixtures.user(Role.PROVIDER, world.municipality(), null),
				fixtures.user(Role.POLICY_OFFICER, world.municipality(), null) }) {
			mvc.perform(get("/api/v1/help-requests/{id}/safety", id.value()).with(basic(outsider)))
					.andExpect(status().isNotFound());
			api(outsider, "plans", "{\"agreements\":\"a\",\"responsible\":\"b\",\"reviewOn\":\"2026-12-01\"}")
					.andExpect(status().isNotFound());
			var session = TestFixtures.login(mvc, outsider);
			mvc.perform(get("/hulpvragen/{id}/veiligheid", id.value()).session(session)).andExpect(status().isNotFound());
			mvc.perform(post("/hulpvragen/{id}/veiligheid/actie", id.value()).session(session).with(csrf())
					.param("kind", "VEILIG_THUIS_REPORT").param("takenOn", "2026-11-16").param("outcome", "x"))
					.andExpect(status().isNotFound());
		}
		Assertions.assertThat(jdbc.sql("select count(*) from safety_plan where help_request_id = ?").param(id.value())
				.query(Long.class).single()).isZero();
		Assertions.assertThat(jdbc.sql("""
				select count(*) from audit_event where actor_username = ? and what = 'Veiligheid (meldcode) bekeken'""")
				.param(professional.username()).query(Long.class).single()).isEqualTo(1);
		Assertions.assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'REFUSED'")
				.param(lead.username()).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("TOE-14 shows the safety page and records a step through the form, with Dutch errors next to the fields")
	void recordsAStepThroughTheSafetyPage() throws Exception {
		var session = TestFixtures.login(mvc, professional);
		mvc.perform(get("/hulpvragen/{id}", id.value()).session(session))
				.andExpect(content().string(containsString("/hulpvragen/" + id.value() + "/veiligheid")));
		mvc.perform(get("/hulpvragen/{id}/veiligheid", id.value()).session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Volgende stap vastleggen: Stap 1")))
				.andExpect(content().string(containsString("Alleen een gedragsdeskundige")));
		mvc.perform(post("/hulpvragen/{id}/veiligheid/stap", id.value()).session(session).with(csrf())
						.param("step", "SIGNALS_MAPPED").param("takenOn", "2026-11-03").param("note", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Schrijf kort op wat u bij deze stap deed of zag.")));
		mvc.perform(post("/hulpvragen/{id}/veiligheid/stap", id.value()).session(session).with(csrf())
						.param("step", "SIGNALS_MAPPED").param("takenOn", "2026-11-03").param("note", "Blauwe plekken."))
				.andExpect(redirectedUrl("/hulpvragen/" + id.value() + "/veiligheid"));
		mvc.perform(get("/hulpvragen/{id}/veiligheid", id.value()).session(session))
				.andExpect(content().string(containsString("Blauwe plekken.")))
				// Who recorded it is shown by name, not by username.
				.andExpect(content().string(containsString("<td class=\"utrecht-table__cell\">" + professional.displayName() + "</td>")))
				.andExpect(content().string(containsString("Volgende stap vastleggen: Stap 2")));
	}

	private ResultActions api(CurrentUser user, String path, String json) throws Exception {
		return mvc.perform(post("/api/v1/help-requests/{id}/safety/" + path, id.value()).with(basic(user))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
