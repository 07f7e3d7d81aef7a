package nl.jeugdregie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestRegistration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A household belongs to a help request that exists in the same municipality (PLAN-3), and the request's page
 * leads to its family plan.
 */
@IntegrationTest
class HouseholdHelpRequestLinkIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("PLAN-3: refuses a household for an unknown help request or one of another municipality, saving nothing")
	void refusesAHouseholdForAnUnknownOrForeignHelpRequest() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var elsewhere = fixtures.newWorld();
		var foreign = RegisteredHelpRequests.register(registration,
				fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team()));

		for (var request : new UUID[] { UUID.randomUUID(), foreign }) {
			create(professional, request)
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("helpRequest"))
					.andExpect(jsonPath("$.errors[0].message").value(
							"Deze hulpvraag bestaat niet in uw gemeente. Open dit formulier vanuit de hulpvraag."));
		}
		assertThat(jdbc.sql("select count(*) from household where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("PLAN-3: the help request's page links to its family plan, or to the form that creates one")
	void leadsFromTheHelpRequestToItsHousehold() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var request = RegisteredHelpRequests.register(registration, professional);
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(get("/hulpvragen/{id}", request).session(session))
				.andExpect(content().string(containsString("/gezinnen?hulpvraag=" + request)));
		mvc.perform(get("/gezinnen").param("hulpvraag", request.toString()).session(session))
				.andExpect(redirectedUrl("/gezinnen/nieuw?hulpvraag=" + request));
		var household = JsonPath.read(create(professional, request).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/gezinnen").param("hulpvraag", request.toString()).session(session))
				.andExpect(redirectedUrl("/gezinnen/" + household));
		mvc.perform(get("/gezinnen").param("hulpvraag", request.toString())
						.session(TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null))))
				.andExpect(status().isForbidden());
	}

	ResultActions create(CurrentUser user, UUID helpRequest) throws Exception {
		return mvc.perform(post("/api/v1/households").with(TestFixtures.api(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(helpRequest)));
	}
}
