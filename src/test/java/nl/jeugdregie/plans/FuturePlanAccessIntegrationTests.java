package nl.jeugdregie.plans;

import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
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
 * Who sees and changes a future plan 18-/18+ (PLAN-4, SEC-2): the household's case team and case director only.
 * A case worker of another team, a provider (aanbieder), a policy officer (beleid) and an administrator never;
 * another municipality gets 404. Refusals are audited.
 */
@IntegrationTest
class FuturePlanAccessIntegrationTests {

	static final Set<Role> CASE_WORKERS = EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	PlansTestData data;

	TestFixtures.World world;
	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	UUID household;
	UUID plan;

	record Endpoint(String name, BiFunction<UUID, UUID, MockHttpServletRequestBuilder> request, int allowedStatus) {}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /toekomstplannen", (h, p) -> get("/toekomstplannen"), 200),
			new Endpoint("GET /gezinnen/{id}/toekomstplan", (h, p) -> get("/gezinnen/{id}/toekomstplan", h), 200),
			new Endpoint("POST /gezinnen/{id}/toekomstplan (empty form)", (h, p) -> post("/gezinnen/{id}/toekomstplan", h)
					.with(csrf()), 200),
			new Endpoint("GET /gezinnen/{id}/toekomstplan/{plan}", (h, p) -> get("/gezinnen/{id}/toekomstplan/{plan}", h, p), 200),
			new Endpoint("POST /gezinnen/{id}/toekomstplan/{plan}/leefgebieden (empty form)",
					(h, p) -> post("/gezinnen/{id}/toekomstplan/{plan}/leefgebieden", h, p).with(csrf()).param("planVersion", "0"), 200),
			new Endpoint("POST /gezinnen/{id}/toekomstplan/{plan}/datums (empty form)",
					(h, p) -> post("/gezinnen/{id}/toekomstplan/{plan}/datums", h, p).with(csrf()).param("planVersion", "0"), 200));

	static final List<Endpoint> API = List.of(
			new Endpoint("GET /api/v1/future-plans/worklist", (h, p) -> get("/api/v1/future-plans/worklist"), 200),
			new Endpoint("GET /api/v1/households/{id}/future-plans", (h, p) -> get("/api/v1/households/{id}/future-plans", h), 200),
			new Endpoint("POST /api/v1/households/{id}/future-plans (invalid)", (h, p) -> post("/api/v1/households/{id}/future-plans", h)
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
			new Endpoint("GET /api/v1/households/{id}/future-plans/{plan}", (h, p) -> get("/api/v1/households/{id}/future-plans/{plan}", h, p), 200),
			new Endpoint("POST /api/v1/households/{id}/future-plans/{plan}/domains (invalid)",
					(h, p) -> post("/api/v1/households/{id}/future-plans/{plan}/domains", h, p).header("If-Match", "0")
							.contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
			new Endpoint("POST /api/v1/households/{id}/future-plans/{plan}/dates (invalid)",
					(h, p) -> post("/api/v1/households/{id}/future-plans/{plan}/dates", h, p).header("If-Match", "0")
							.contentType(MediaType.APPLICATION_JSON).content("{}"), 400));

	@BeforeEach
	void setUp() throws Exception {
		data = new PlansTestData(mvc, jdbc, registration);
		world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		household = data.household(users.get(YOUTH_PROFESSIONAL), "Gezin Bakker");
		var young = data.member(household, 0, "Eva Bakker", "2009-02-01");
		plan = data.futurePlan(household, young);
	}

	@Test
	@DisplayName("PLAN-4, SEC-2: each future plan page is for the case team only; provider, policy officer and administrator get 403")
	void grantsEachFuturePlanPageOnlyToTheCaseTeam() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var session = TestFixtures.login(mvc, users.get(role));
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().apply(household, plan).session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-4, SEC-2: each future plan endpoint of the API is for the case team only; the others get 403")
	void grantsEachFuturePlanApiEndpointOnlyToTheCaseTeam() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().apply(household, plan).with(FuturePlanIntegrationTests.basic(users.get(role))))
						.andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-4, SEC-2: a case worker of another team never sees or changes the future plan; the refusal is audited")
	void refusesACaseWorkerOfAnotherTeam() throws Exception {
		var colleague = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var session = TestFixtures.login(mvc, colleague);

		for (var endpoint : UI.subList(1, UI.size())) {
			assertThat(mvc.perform(endpoint.request().apply(household, plan).session(session)).andReturn().getResponse()
					.getStatus()).as(endpoint.name()).isEqualTo(403);
		}
		for (var endpoint : API.subList(1, API.size())) {
			assertThat(mvc.perform(endpoint.request().apply(household, plan).with(FuturePlanIntegrationTests.basic(colleague)))
					.andReturn().getResponse().getStatus()).as(endpoint.name()).isEqualTo(403);
		}
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'REFUSED'")
				.param(colleague.username()).query(Long.class).single()).isEqualTo(10);
	}

	@Test
	@DisplayName("SEC-2: another municipality gets 404 for a future plan")
	void hidesTheFuturePlanFromAnotherMunicipality() throws Exception {
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());

		mvc.perform(get("/api/v1/households/{id}/future-plans/{plan}", household, plan)
				.with(FuturePlanIntegrationTests.basic(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/gezinnen/{id}/toekomstplan", household).session(TestFixtures.login(mvc, stranger)))
				.andExpect(status().isNotFound());
	}

	@Test
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		for (var endpoint : UI) {
			assertThat(mvc.perform(endpoint.request().apply(household, plan)).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isIn(302, 403);
		}
		for (var endpoint : API) {
			assertThat(mvc.perform(endpoint.request().apply(household, plan)).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isEqualTo(401);
		}
	}

	private static void expect(List<String> failures, Endpoint endpoint, Role role, int status) {
		var expected = CASE_WORKERS.contains(role) ? endpoint.allowedStatus() : 403;
		if (status != expected) {
			failures.add(endpoint.name() + " as " + role + ": expected " + expected + " but was " + status);
		}
	}
}
