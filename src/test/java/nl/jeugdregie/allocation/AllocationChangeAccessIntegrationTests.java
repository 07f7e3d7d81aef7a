package nl.jeugdregie.allocation;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.stream.Collectors;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16: who reaches the pages and API of changing an allocation, per role. The calls name an allocation number
 * that does not exist (404) or send an empty body (400), so nothing changes; the team and municipality of a real
 * allocation are checked in {@link AllocationChangeIntegrationTests}.
 */
@IntegrationTest
@DisplayName("Issue 16: access to changing allocations per role (TOEW-7)")
class AllocationChangeAccessIntegrationTests {

	private static final long UNKNOWN = 999_999_998;

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	@DisplayName("TOEW-7: only case workers reach the allocation's page, its change pages and the change API; providers, policy officers and administrators are refused")
	void letsOnlyCaseWorkersChange() throws Exception {
		var world = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var caseWorkers = Access.to(Arrays.stream(Role.values()).filter(Role::worksOnCases).collect(Collectors.toSet()));
		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.YOUTH_PROFESSIONAL))
				.expect(page("GET /toewijzing/toewijzingen/{n}", () -> get("/toewijzing/toewijzingen/{n}", UNKNOWN), 404), caseWorkers)
				.expect(page("GET /toewijzing/toewijzingen/{n}/beeindigen", () -> get("/toewijzing/toewijzingen/{n}/beeindigen", UNKNOWN), 404), caseWorkers)
				.expect(page("POST /toewijzing/toewijzingen/{n}/beeindigen/bevestigen", () -> post("/toewijzing/toewijzingen/{n}/beeindigen/bevestigen", UNKNOWN)
						.param("validUntil", "2027-01-31").param("reason", "05"), 404), caseWorkers)
				.expect(page("GET /toewijzing/toewijzingen/{n}/omvang", () -> get("/toewijzing/toewijzingen/{n}/omvang", UNKNOWN), 404), caseWorkers)
				.expect(page("POST /toewijzing/toewijzingen/{n}/omvang/bevestigen", () -> post("/toewijzing/toewijzingen/{n}/omvang/bevestigen", UNKNOWN)
						.param("volume", "3").param("changeDate", "2027-02-01"), 404), caseWorkers)
				.expect(page("GET /toewijzing/toewijzingen/{n}/intrekken", () -> get("/toewijzing/toewijzingen/{n}/intrekken", UNKNOWN), 404), caseWorkers)
				.expect(page("POST /toewijzing/toewijzingen/{n}/intrekken/bevestigen", () -> post("/toewijzing/toewijzingen/{n}/intrekken/bevestigen", UNKNOWN), 404), caseWorkers)
				.expect(api("POST /api/v1/allocation/allocations/{n}/end (empty)", () -> post("/api/v1/allocation/allocations/{n}/end", UNKNOWN)
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), caseWorkers)
				.expect(api("POST /api/v1/allocation/allocations/{n}/volume-change", () -> post("/api/v1/allocation/allocations/{n}/volume-change", UNKNOWN)
						.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"3\",\"changeDate\":\"2027-02-01\"}"), 404), caseWorkers)
				.expect(api("POST /api/v1/allocation/allocations/{n}/withdrawal", () -> post("/api/v1/allocation/allocations/{n}/withdrawal", UNKNOWN), 404), caseWorkers)
				.expect(api("GET /api/v1/allocation/allocations/{n}/history", () -> get("/api/v1/allocation/allocations/{n}/history", UNKNOWN), 404), caseWorkers)
				.verify();
		assertThat(cells).isGreaterThan(50);
	}
}
