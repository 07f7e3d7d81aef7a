package nl.jeugdregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SEC-2 access matrix of the monitoring dashboard and its rebuild command: every role, through the UI (form
 * login) and the API (HTTP Basic). Team leads and policy officers see the dashboard; professionals, behavioural
 * experts, providers and administrators get 403; only the administrator rebuilds the read models.
 */
@IntegrationTest
class DashboardAccessIntegrationTests {

	static final Set<Role> DASHBOARD_READERS = EnumSet.of(Role.TEAM_LEAD, Role.POLICY_OFFICER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);

	record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Set<Role> allowed) {}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /dashboard", () -> get("/dashboard"), DASHBOARD_READERS),
			new Endpoint("GET /dashboard with filters", () -> get("/dashboard").param("van", "2026-01")
					.param("tot", "2026-10").param("verwijzer", "SCHOOL"), DASHBOARD_READERS));

	static final List<Endpoint> API = List.of(
			new Endpoint("GET /api/v1/dashboard", () -> get("/api/v1/dashboard"), DASHBOARD_READERS),
			new Endpoint("GET /api/v1/dashboard with a period", () -> get("/api/v1/dashboard").param("from", "2026-01")
					.param("to", "2026-10"), DASHBOARD_READERS),
			new Endpoint("POST /api/v1/monitoring/read-models/rebuild",
					() -> post("/api/v1/monitoring/read-models/rebuild"), EnumSet.of(Role.ADMINISTRATOR)));

	@BeforeEach
	void setUp() {
		var world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
	}

	@Test
	@DisplayName("SEC-2, MON-1: the dashboard page opens for team leads and policy officers only")
	void grantsTheDashboardPageOnlyToTeamLeadsAndPolicyOfficers() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var session = TestFixtures.login(mvc, users.get(role));
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().get().session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("SEC-2, MON-1: the dashboard API answers team leads and policy officers; rebuild is for administrators")
	void grantsTheDashboardApiOnlyToItsRoles() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().get()
						.with(httpBasic(users.get(role).username(), TestFixtures.PASSWORD))).andReturn().getResponse()
						.getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("SEC-2: anonymous callers go to the login page or get 401")
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		for (var endpoint : UI) {
			var response = mvc.perform(endpoint.request().get()).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint.name()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/inloggen");
		}
		for (var endpoint : API) {
			assertThat(mvc.perform(endpoint.request().get()).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isEqualTo(401);
		}
	}

	private static void expect(List<String> failures, Endpoint endpoint, Role role, int status) {
		var expected = endpoint.allowed().contains(role) ? 200 : 403;
		if (status != expected) {
			failures.add(endpoint.name() + " as " + role + ": expected " + expected + " but was " + status);
		}
	}
}
