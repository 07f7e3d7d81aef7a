package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** TOE-13: expertise profiles, the team's coverage, and assignment by the team lead with suggestions. */
@IntegrationTest
class TeamExpertiseIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser lead;
	CurrentUser anna;
	CurrentUser bram;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		anna = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		bram = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test // TOE-13
	void letsTheTeamLeadKeepExpertiseAndShowsWhatTheTeamMisses() throws Exception {
		expertise(lead, anna, "[\"SAFETY\",\"PARENTING_SUPPORT\"]").andExpect(status().isNoContent());
		expertise(anna, bram, "[\"SAFETY\"]").andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/team").with(TestFixtures.api(bram)))
				.andExpect(jsonPath("$.members[?(@.username=='" + anna.username() + "')].expertise[*]")
						.value(org.hamcrest.Matchers.containsInAnyOrder("SAFETY", "PARENTING_SUPPORT")))
				.andExpect(jsonPath("$.missingExpertise").value(org.hamcrest.Matchers.containsInAnyOrder(
						"PREVENTIVE_YOUTH_HEALTH", "DISABILITIES", "YOUTH_PSYCHOLOGY", "BEHAVIOURAL_EXPERTISE")));
		mvc.perform(get("/team").session(TestFixtures.login(mvc, bram)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dit team mist expertise")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Expertise bijwerken"))));
	}

	@Test // TOE-13
	void assignsWithSuggestionsFromExpertiseAndCaseload() throws Exception {
		expertise(lead, anna, "[\"SAFETY\"]");
		var first = register();
		var second = register();

		mvc.perform(get("/api/v1/help-requests/{id}/assignment-suggestions", first.value()).param("expertise", "SAFETY")
						.with(TestFixtures.api(lead)))
				.andExpect(jsonPath("$[0].username").value(anna.username()));
		assign(lead, first, anna).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/help-requests/{id}/assignment-suggestions", second.value())
						.with(TestFixtures.api(lead)))
				.andExpect(jsonPath("$[0].caseload").value(0))
				.andExpect(jsonPath("$[?(@.username=='" + anna.username() + "')].caseload").value(org.hamcrest.Matchers.contains(1)));

		assign(anna, second, anna).andExpect(status().isForbidden());
		var other = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		assign(lead, second, other).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select assigned_to from help_request where id = ?").param(first.value())
				.query(String.class).single()).isEqualTo(anna.username());

		mvc.perform(post("/hulpvragen/{id}/toewijzen", second.value()).param("professional", bram.username())
						.session(TestFixtures.login(mvc, lead)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select assigned_to from help_request where id = ?").param(second.value())
				.query(String.class).single()).isEqualTo(bram.username());
	}

	private org.springframework.test.web.servlet.ResultActions expertise(CurrentUser by, CurrentUser of, String json)
			throws Exception {
		return mvc.perform(put("/api/v1/team/members/{u}/expertise", of.username())
				.with(TestFixtures.api(by))
				.contentType(MediaType.APPLICATION_JSON).content("{\"expertise\":" + json + "}"));
	}

	private org.springframework.test.web.servlet.ResultActions assign(CurrentUser by, HelpRequestId id, CurrentUser to)
			throws Exception {
		return mvc.perform(post("/api/v1/help-requests/{id}/assignment", id.value())
				.with(TestFixtures.api(by))
				.contentType(MediaType.APPLICATION_JSON).content("{\"professional\":\"" + to.username() + "\"}"));
	}

	private HelpRequestId register() {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Lucas", "Meijer",
				LocalDate.of(2011, 1, 1), null, null, null, Channel.PHONE, Referrer.VEILIG_THUIS, "Zorgen om veiligheid."),
				anna, Instant.parse("2026-11-12T09:00:00Z"))).id();
	}
}
