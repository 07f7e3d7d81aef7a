package nl.jeugdregie.monitoring.internal.dashboard;

import static nl.jeugdregie.AccessMatrix.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2 access matrix of the regional monitor (MON-9): every role, through the UI (form login) and the API
 * (HTTP Basic), for a member municipality of a region and for a municipality in no region. Team leads and policy
 * officers read it; professionals, behavioural experts, providers and administrators get 403.
 */
@IntegrationTest
class RegionMonitorAccessIntegrationTests {

	static final Access READERS = Access.to(EnumSet.of(Role.TEAM_LEAD, Role.POLICY_OFFICER));

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	static final List<Endpoint> UI = List.of(page("GET /dashboard/regio", () -> get("/dashboard/regio"), 200),
			page("GET /dashboard/regio with a period",
					() -> get("/dashboard/regio").param("van", "2026-01").param("tot", "2026-10"), 200));

	/** @param allowed 200 in a region; 404 (with a Dutch message) for a municipality in none */
	static List<Endpoint> api(int allowed) {
		return List.of(
				AccessMatrix.api("GET /api/v1/dashboard/region", () -> get("/api/v1/dashboard/region"), allowed),
				AccessMatrix.api("GET /api/v1/dashboard/region with a period",
						() -> get("/api/v1/dashboard/region").param("from", "2026-01").param("to", "2026-10"), allowed));
	}

	@Test
	@DisplayName("SEC-2, MON-9: the regional monitor opens for team leads and policy officers of a member municipality only")
	void grantsTheRegionalMonitorOnlyToTeamLeadsAndPolicyOfficers() throws Exception {
		var south = TestRegion.create(fixtures, jdbc).south();
		AccessMatrix.of(mvc).callers(usersOf(south)).expect(UI, READERS).expect(api(200), READERS).verify();
	}

	@Test
	@DisplayName("SEC-2, MON-9: outside any region, readers get the Dutch message (API 404) and other roles still 403")
	void answersAMunicipalityOutsideAnyRegion() throws Exception {
		var outside = fixtures.newWorld();
		AccessMatrix.of(mvc).callers(usersOf(outside)).expect(UI, READERS).expect(api(404), READERS).verify();
	}

	@Test
	@DisplayName("SEC-2: anonymous callers of the regional monitor go to the login page or get 401")
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		AccessMatrix.of(mvc).anonymous().expect(UI, Access.nobody()).expect(api(200), Access.nobody()).verify();
	}

	private Map<Role, CurrentUser> usersOf(TestFixtures.World world) {
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		return users;
	}
}
