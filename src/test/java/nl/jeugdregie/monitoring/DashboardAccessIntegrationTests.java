package nl.jeugdregie.monitoring;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.AccessMatrix.Endpoint;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2 access matrix of the monitoring dashboard and its rebuild command: every role, through the UI (form
 * login) and the API (HTTP Basic). Team leads and policy officers see the dashboard; professionals, behavioural
 * experts, providers and administrators get 403; only the administrator rebuilds the read models.
 */
@IntegrationTest
class DashboardAccessIntegrationTests {

	static final Access DASHBOARD_READERS = Access.to(EnumSet.of(Role.TEAM_LEAD, Role.POLICY_OFFICER));

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);

	static final List<Endpoint> UI = List.of(
			page("GET /dashboard", () -> get("/dashboard"), 200),
			page("GET /dashboard with filters", () -> get("/dashboard").param("van", "2026-01")
					.param("tot", "2026-10").param("verwijzer", "SCHOOL"), 200));

	static final List<Endpoint> API = List.of(
			api("GET /api/v1/dashboard", () -> get("/api/v1/dashboard"), 200),
			api("GET /api/v1/dashboard with a period", () -> get("/api/v1/dashboard").param("from", "2026-01")
					.param("to", "2026-10"), 200));

	static final Endpoint REBUILD = api("POST /api/v1/monitoring/read-models/rebuild",
			() -> post("/api/v1/monitoring/read-models/rebuild"), 200);

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
		AccessMatrix.of(mvc).callers(users).expect(UI, DASHBOARD_READERS).verify();
	}

	@Test
	@DisplayName("SEC-2, MON-1: the dashboard API answers team leads and policy officers; rebuild is for administrators")
	void grantsTheDashboardApiOnlyToItsRoles() throws Exception {
		AccessMatrix.of(mvc).callers(users).expect(API, DASHBOARD_READERS)
				.expect(REBUILD, Access.to(Role.ADMINISTRATOR)).verify();
	}

	@Test
	@DisplayName("SEC-2: anonymous callers go to the login page or get 401")
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		AccessMatrix.of(mvc).anonymous().expect(UI, Access.nobody()).expect(API, Access.nobody())
				.expect(REBUILD, Access.nobody()).verify();
	}
}
