package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SEC-2 access matrix of the regional monitor (MON-9): every role, through the UI (form login) and the API
 * (HTTP Basic), for a member municipality of a region and for a municipality in no region. Team leads and policy
 * officers read it; professionals, behavioural experts, providers and administrators get 403.
 */
@IntegrationTest
class RegionMonitorAccessIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.TEAM_LEAD, Role.POLICY_OFFICER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request) {}

	static final List<Endpoint> UI = List.of(new Endpoint("GET /dashboard/regio", () -> get("/dashboard/regio")),
			new Endpoint("GET /dashboard/regio with a period",
					() -> get("/dashboard/regio").param("van", "2026-01").param("tot", "2026-10")));

	static final List<Endpoint> API = List.of(
			new Endpoint("GET /api/v1/dashboard/region", () -> get("/api/v1/dashboard/region")),
			new Endpoint("GET /api/v1/dashboard/region with a period",
					() -> get("/api/v1/dashboard/region").param("from", "2026-01").param("to", "2026-10")));

	@Test
	@DisplayName("SEC-2, MON-9: the regional monitor opens for team leads and policy officers of a member municipality only")
	void grantsTheRegionalMonitorOnlyToTeamLeadsAndPolicyOfficers() throws Exception {
		var region = TestRegion.create(fixtures, jdbc);
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var user = fixtures.user(role, region.south().municipality(), role.worksOnCases() ? region.south().team() : null);
			var session = TestFixtures.login(mvc, user);
			for (var endpoint : UI) {
				expect(failures, endpoint, role, READERS.contains(role) ? 200 : 403,
						mvc.perform(endpoint.request().get().session(session)).andReturn().getResponse().getStatus());
			}
			for (var endpoint : API) {
				expect(failures, endpoint, role, READERS.contains(role) ? 200 : 403,
						mvc.perform(endpoint.request().get().with(httpBasic(user.username(), TestFixtures.PASSWORD)))
								.andReturn().getResponse().getStatus());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("SEC-2, MON-9: outside any region, readers get the Dutch message (API 404) and other roles still 403")
	void answersAMunicipalityOutsideAnyRegion() throws Exception {
		var outside = fixtures.newWorld();
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var user = fixtures.user(role, outside.municipality(), role.worksOnCases() ? outside.team() : null);
			var session = TestFixtures.login(mvc, user);
			for (var endpoint : UI) {
				expect(failures, endpoint, role, READERS.contains(role) ? 200 : 403,
						mvc.perform(endpoint.request().get().session(session)).andReturn().getResponse().getStatus());
			}
			for (var endpoint : API) {
				expect(failures, endpoint, role, READERS.contains(role) ? 404 : 403,
						mvc.perform(endpoint.request().get().with(httpBasic(user.username(), TestFixtures.PASSWORD)))
								.andReturn().getResponse().getStatus());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("SEC-2: anonymous callers of the regional monitor go to the login page or get 401")
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

	private static void expect(List<String> failures, Endpoint endpoint, Role role, int expected, int status) {
		if (status != expected) {
			failures.add(endpoint.name() + " as " + role + ": expected " + expected + " but was " + status);
		}
	}
}
