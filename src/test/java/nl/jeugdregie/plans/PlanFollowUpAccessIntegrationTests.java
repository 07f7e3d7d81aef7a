package nl.jeugdregie.plans;

import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who sees and records MDOs, goal progress, evaluations and the family's plan document (PLAN-1, PLAN-5, SEC-2):
 * only the household's case team and its case director. A case worker of another team, policy officer, provider
 * and administrator get 403; another municipality gets 404. Reads, changes and refusals are audited.
 */
@IntegrationTest
class PlanFollowUpAccessIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	UUID household;

	record Endpoint(String name, Function<UUID, MockHttpServletRequestBuilder> request, int allowedStatus) {}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /gezinnen/{id}/mdo", id -> get("/gezinnen/{id}/mdo", id), 200),
			new Endpoint("GET /gezinnen/{id}/voortgang", id -> get("/gezinnen/{id}/voortgang", id), 200),
			new Endpoint("GET /gezinnen/{id}/plan/gezin", id -> get("/gezinnen/{id}/plan/gezin", id), 200),
			new Endpoint("GET /gezinnen/{id}/plan/gezin.pdf", id -> get("/gezinnen/{id}/plan/gezin.pdf", id), 200),
			new Endpoint("POST /gezinnen/{id}/mdo (empty form)", id -> post("/gezinnen/{id}/mdo", id).with(csrf())
					.param("planVersion", "1"), 422),
			new Endpoint("POST /gezinnen/{id}/voortgang (empty form)", id -> post("/gezinnen/{id}/voortgang", id)
					.with(csrf()), 422),
			new Endpoint("POST /gezinnen/{id}/evaluaties (empty form)", id -> post("/gezinnen/{id}/evaluaties", id)
					.with(csrf()), 422),
			new Endpoint("POST /gezinnen/{id}/evaluaties/controleren (closure, incomplete)",
					id -> post("/gezinnen/{id}/evaluaties/controleren", id).with(csrf()).param("moment", "CLOSURE"), 422));

	static final List<Endpoint> API = List.of(
			new Endpoint("GET /api/v1/households/{id}/meetings", id -> get("/api/v1/households/{id}/meetings", id), 200),
			new Endpoint("GET /api/v1/households/{id}/progress", id -> get("/api/v1/households/{id}/progress", id), 200),
			new Endpoint("GET /api/v1/households/{id}/evaluations", id -> get("/api/v1/households/{id}/evaluations", id), 200),
			new Endpoint("GET /api/v1/households/{id}/plan/document", id -> get("/api/v1/households/{id}/plan/document", id), 200),
			new Endpoint("POST /api/v1/households/{id}/meetings (invalid)", id -> post("/api/v1/households/{id}/meetings", id)
					.header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
			new Endpoint("POST /api/v1/households/{id}/progress (invalid)", id -> post("/api/v1/households/{id}/progress", id)
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
			new Endpoint("POST /api/v1/households/{id}/evaluations (invalid)", id -> post("/api/v1/households/{id}/evaluations", id)
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400));

	@BeforeEach
	void setUp() throws Exception {
		world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var body = mvc.perform(post("/api/v1/households").with(basic(users.get(YOUTH_PROFESSIONAL)))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Bakker\"}".formatted(RegisteredHelpRequests.register(registration, users.get(YOUTH_PROFESSIONAL)))))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		household = UUID.fromString(JsonPath.read(body, "$.id"));
	}

	@Test
	@DisplayName("PLAN-1, PLAN-5, SEC-2: each follow-up page is for the case team only; other roles get 403")
	void grantsEachFollowUpPageOnlyToTheCaseTeam() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var session = TestFixtures.login(mvc, users.get(role));
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().apply(household).session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-1, PLAN-5, SEC-2: each follow-up endpoint of the API is for the case team only; other roles get 403")
	void grantsEachFollowUpApiEndpointOnlyToTheCaseTeam() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().apply(household).with(basic(users.get(role))))
						.andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-3, PLAN-5: a professional of another team is refused, also with a reason, unless they are the household's director")
	void refusesAnotherTeamButGrantsTheDirector() throws Exception {
		var colleague = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		for (var endpoint : API) {
			assertThat(mvc.perform(endpoint.request().apply(household).with(basic(colleague))
							.header("Jeugdregie-Access-Reason", "Waarneming tijdens ziekte collega"))
					.andReturn().getResponse().getStatus()).as(endpoint.name()).isEqualTo(403);
		}
		var session = TestFixtures.login(mvc, colleague);
		for (var endpoint : UI) {
			assertThat(mvc.perform(endpoint.request().apply(household).session(session)).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isEqualTo(403);
		}
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'REFUSED'")
				.param(colleague.username()).query(Long.class).single()).isEqualTo(API.size() + UI.size());

		mvc.perform(post("/api/v1/households/{id}/case-director", household).with(basic(users.get(YOUTH_PROFESSIONAL)))
						.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
						.content("{\"director\":\"%s\",\"reason\":\"Collega neemt de regie over\"}".formatted(colleague.username())))
				.andExpect(status().isCreated());
		var failures = new ArrayList<String>();
		for (var endpoint : API) {
			var status = mvc.perform(endpoint.request().apply(household).with(basic(colleague))).andReturn().getResponse().getStatus();
			if (status != endpoint.allowedStatus()) {
				failures.add("director: " + endpoint.name() + " gave " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("SEC-2: another municipality gets 404 and every read of the follow-up is audited")
	void hidesTheFollowUpFromAnotherMunicipalityAndAuditsReads() throws Exception {
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		mvc.perform(get("/api/v1/households/{id}/meetings", household).with(basic(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/gezinnen/{id}/plan/gezin", household).session(TestFixtures.login(mvc, stranger)))
				.andExpect(status().isNotFound());

		var professional = users.get(YOUTH_PROFESSIONAL);
		mvc.perform(get("/api/v1/households/{id}/plan/document", household).with(basic(professional))).andExpect(status().isOk());
		assertThat(jdbc.sql("select what from audit_event where actor_username = ? and action = 'READ' order by id")
				.param(professional.username()).query(String.class).list()).containsExactly("Plan als PDF gedownload");
	}

	void expect(List<String> failures, Endpoint endpoint, Role role, int status) {
		var expected = role.worksOnCases() ? endpoint.allowedStatus() : 403;
		if (status != expected) {
			failures.add(role + " " + endpoint.name() + ": expected " + expected + " but was " + status);
		}
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
