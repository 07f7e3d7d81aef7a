package nl.jeugdregie.plans;

import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static nl.jeugdregie.plans.PlansTestData.basic;
import static nl.jeugdregie.plans.PlansTestData.created;
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
 * Who sees and changes an adult's social work trajectory (PLAN-8, PLAN-9, SEC-2): the case workers of the team
 * that registered it. A case worker of another team, a provider (aanbieder), a policy officer (beleid) and an
 * administrator never; another municipality gets 404. Refusals are audited.
 */
@IntegrationTest
class SocialWorkAccessIntegrationTests {

	static final Set<Role> CASE_WORKERS = EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	UUID trajectory;

	record Endpoint(String name, Function<UUID, MockHttpServletRequestBuilder> request, int allowedStatus) {}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /maatschappelijk-werk", id -> get("/maatschappelijk-werk"), 200),
			new Endpoint("GET /maatschappelijk-werk/nieuw", id -> get("/maatschappelijk-werk/nieuw"), 200),
			new Endpoint("POST /maatschappelijk-werk (empty form)", id -> post("/maatschappelijk-werk").with(csrf()), 200),
			new Endpoint("GET /maatschappelijk-werk/{id}", id -> get("/maatschappelijk-werk/{id}", id), 200),
			new Endpoint("POST /maatschappelijk-werk/{id}/vraagverheldering (empty form)",
					id -> post("/maatschappelijk-werk/{id}/vraagverheldering", id).with(csrf()).param("version", "0"), 200),
			new Endpoint("POST /maatschappelijk-werk/{id}/verhelderd (empty form)",
					id -> post("/maatschappelijk-werk/{id}/verhelderd", id).with(csrf()).param("version", "0"), 422),
			new Endpoint("POST /maatschappelijk-werk/{id}/contacten (empty form)",
					id -> post("/maatschappelijk-werk/{id}/contacten", id).with(csrf()).param("version", "0"), 422),
			new Endpoint("POST /maatschappelijk-werk/{id}/afsluiten (empty form)",
					id -> post("/maatschappelijk-werk/{id}/afsluiten", id).with(csrf()).param("version", "0"), 200));

	static final List<Endpoint> API = List.of(
			new Endpoint("GET /api/v1/social-work/worklist", id -> get("/api/v1/social-work/worklist"), 200),
			new Endpoint("POST /api/v1/social-work/trajectories (invalid)", id -> post("/api/v1/social-work/trajectories")
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
			new Endpoint("GET /api/v1/social-work/trajectories/{id}", id -> get("/api/v1/social-work/trajectories/{id}", id), 200),
			new Endpoint("POST .../clarification-conversations (invalid)", id -> post("/api/v1/social-work/trajectories/{id}/clarification-conversations", id)
					.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
			new Endpoint("POST .../clarification (wrong state)", id -> post("/api/v1/social-work/trajectories/{id}/clarification", id)
					.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{}"), 422),
			new Endpoint("POST .../contacts (wrong state)", id -> post("/api/v1/social-work/trajectories/{id}/contacts", id)
					.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{}"), 422),
			new Endpoint("POST .../closure (invalid)", id -> post("/api/v1/social-work/trajectories/{id}/closure", id)
					.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{}"), 400));

	@BeforeEach
	void setUp() throws Exception {
		world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		trajectory = created(mvc.perform(post("/api/v1/social-work/trajectories").with(basic(users.get(YOUTH_PROFESSIONAL)))
						.contentType(MediaType.APPLICATION_JSON).content("""
								{"residentName":"Kees Jansen","residentDateOfBirth":"1975-03-03","question":"Geldzaken","registeredOn":"2026-11-02"}"""))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	@Test
	@DisplayName("PLAN-8, SEC-2: each social work page is for the team's case workers only; provider, policy officer and administrator get 403")
	void grantsEachSocialWorkPageOnlyToCaseWorkers() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var session = TestFixtures.login(mvc, users.get(role));
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().apply(trajectory).session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-8, SEC-2: each social work endpoint of the API is for the team's case workers only; the others get 403")
	void grantsEachSocialWorkApiEndpointOnlyToCaseWorkers() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().apply(trajectory).with(basic(users.get(role))))
						.andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-8, SEC-2: a case worker of another team never sees or changes the trajectory; refusals are audited")
	void refusesACaseWorkerOfAnotherTeam() throws Exception {
		var colleague = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var session = TestFixtures.login(mvc, colleague);

		for (var endpoint : UI.subList(3, UI.size())) {
			assertThat(mvc.perform(endpoint.request().apply(trajectory).session(session)).andReturn().getResponse()
					.getStatus()).as(endpoint.name()).isEqualTo(403);
		}
		for (var endpoint : API.subList(2, API.size())) {
			assertThat(mvc.perform(endpoint.request().apply(trajectory).with(basic(colleague))).andReturn().getResponse()
					.getStatus()).as(endpoint.name()).isEqualTo(403);
		}
		var client = jdbc.sql("select client_id from social_work_trajectory where id = ?").param(trajectory).query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'REFUSED' and client_id = ?")
				.param(colleague.username()).param(client).query(Long.class).single()).isEqualTo(10);
		assertThat(jdbc.sql("select count(*) from social_work_contact where trajectory_id = ?").param(trajectory)
				.query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("SEC-2: another municipality gets 404 for a trajectory")
	void hidesTheTrajectoryFromAnotherMunicipality() throws Exception {
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());

		mvc.perform(get("/api/v1/social-work/trajectories/{id}", trajectory).with(basic(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/maatschappelijk-werk/{id}", trajectory).session(TestFixtures.login(mvc, stranger)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/social-work/trajectories/{id}", UUID.randomUUID()).with(basic(stranger)))
				.andExpect(status().isNotFound());
	}

	@Test
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		for (var endpoint : UI) {
			assertThat(mvc.perform(endpoint.request().apply(trajectory)).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isIn(302, 403);
		}
		for (var endpoint : API) {
			assertThat(mvc.perform(endpoint.request().apply(trajectory)).andReturn().getResponse().getStatus())
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
