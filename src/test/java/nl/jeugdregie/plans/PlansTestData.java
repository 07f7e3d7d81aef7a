package nl.jeugdregie.plans;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestRegistration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Builds households, young people, future plans and social work trajectories through the API, for tests. */
record PlansTestData(MockMvc mvc, JdbcClient jdbc, HelpRequestRegistration registration) {

	UUID household(CurrentUser user, String name) throws Exception {
		return created(mvc.perform(post("/api/v1/households").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"%s\"}".formatted(RegisteredHelpRequests.register(registration, user), name)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	UUID member(UUID household, int version, String name, String dateOfBirth) throws Exception {
		return created(mvc.perform(post("/api/v1/households/{id}/members", household)
						.with(httpBasic(owner(household), TestFixtures.PASSWORD)).header("If-Match", String.valueOf(version))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"memberName\":\"%s\",\"memberRole\":\"YOUNG_PERSON\",\"memberDateOfBirth\":\"%s\",\"memberRelation\":\"kind\"}"
								.formatted(name, dateOfBirth)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	UUID futurePlan(UUID household, UUID youngPerson) throws Exception {
		return created(mvc.perform(post("/api/v1/households/{id}/future-plans", household)
						.with(httpBasic(owner(household), TestFixtures.PASSWORD))
						.contentType(MediaType.APPLICATION_JSON).content("{\"youngPerson\":\"%s\"}".formatted(youngPerson)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	private String owner(UUID household) {
		return jdbc.sql("select created_by from household where id = ?").param(household).query(String.class).single();
	}

	static UUID created(String body) {
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
