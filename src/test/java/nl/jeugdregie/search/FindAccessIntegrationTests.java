package nl.jeugdregie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2, issue 13: search, the lists and assigning from the worklist, per role and per municipality. Case workers
 * (youth professional, team lead, behavioural expert) search and list; every other role gets 403 on pages and API;
 * only the team lead assigns; another municipality's case worker neither finds, lists nor assigns a file (404).
 */
@IntegrationTest
class FindAccessIntegrationTests {

	private static final List<String> PAGES = List.of("/zoeken?q=noor", "/hulpvragen", "/werklijst?norm=overschreden",
			"/gezinnen", "/gezinnen?wie=mij&sorteer=mdo");
	private static final List<String> API = List.of("/api/v1/search?q=noor", "/api/v1/help-requests?scope=unassigned",
			"/api/v1/households");

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, issue 13: search and the lists open for case workers only, on pages and in the API")
	void opensSearchAndListsForCaseWorkersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
		var expected = role.worksOnCases() ? 200 : 403;
		var session = TestFixtures.login(mvc, user);
		for (var page : PAGES) {
			mvc.perform(get(page).session(session)).andExpect(status().is(expected));
		}
		for (var path : API) {
			mvc.perform(get(path).with(TestFixtures.api(user))).andExpect(status().is(expected));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, issue 13: only the team's team lead assigns from the worklist; other roles get 403")
	void letsOnlyTheTeamLeadAssignFromTheWorklist(Role role) throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var request = register(professional);
		var user = fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
		var response = mvc.perform(post("/werklijst/{id}/toewijzen", request.id().value()).session(TestFixtures.login(mvc, user))
						.with(csrf()).param("professional", professional.username()).param("versie", "0"))
				.andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(role == Role.TEAM_LEAD ? 302 : 403);
		assertThat(assignedTo(request)).isEqualTo(role == Role.TEAM_LEAD ? professional.username() : null);
	}

	@Test
	@DisplayName("SEC-2, issue 13: another municipality's case worker does not find, list or assign the file")
	void keepsFilesWithinTheirMunicipality() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var request = register(professional);
		var elsewhere = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team());
		var session = TestFixtures.login(mvc, lead);

		for (var query : List.of(request.number(), "Noor Smit", "3-5-2017")) {
			assertThat(mvc.perform(get("/zoeken").param("q", query).session(session)).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString()).contains("Niets gevonden")
					.doesNotContain("/hulpvragen/" + request.id().value());
		}
		assertThat(mvc.perform(get("/hulpvragen").param("status", "alle").session(session)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString()).doesNotContain(request.number());
		mvc.perform(post("/werklijst/{id}/toewijzen", request.id().value()).session(session).with(csrf())
				.param("professional", professional.username()).param("versie", "0")).andExpect(status().isNotFound());
		assertThat(assignedTo(request)).isNull();
	}

	private @org.jspecify.annotations.Nullable String assignedTo(RegistrationResult.Registered request) {
		return jdbc.sql("select assigned_to from help_request where id = ?").param(request.id().value())
				.query((rs, n) -> rs.getString(1)).list().getFirst();
	}

	private RegistrationResult.Registered register(CurrentUser by) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Smit",
				LocalDate.of(2017, 5, 3), null, null, null, Channel.PHONE, Referrer.SCHOOL, "Zorgen over slapen.", false),
				by, Instant.parse("2026-11-10T09:00:00Z"));
	}
}
