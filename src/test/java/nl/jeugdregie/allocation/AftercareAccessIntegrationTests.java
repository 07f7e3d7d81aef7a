package nl.jeugdregie.allocation;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.stream.Collectors;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MON-5: who reaches the aftercare pages and API, per role, team and municipality, on a real allocation whose care
 * has ended. The decision sent is the same every time ("geen nazorg nodig" against version 0), so the first allowed
 * caller records it and every later one finds it already recorded: each allowed call answers the same.
 */
@IntegrationTest
@DisplayName("MON-5: access to recording aftercare per role, team and municipality")
class AftercareAccessIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("MON-5: the team's case workers read and record aftercare; another team 403, another municipality 404, every other role 403, anonymous to the login page or 401")
	void letsOnlyTheTeamsCaseWorkersRecordAftercare() throws Exception {
		var s = AftercareSetting.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var number = s.ended("999900006");
		var world = s.world();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var elsewhere = fixtures.newWorld();
		var caseWorkers = Access.to(Arrays.stream(Role.values()).filter(Role::worksOnCases).collect(Collectors.toSet()))
				.except("other team", 403).except("other municipality", 404);
		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller("other team", fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam()))
				.caller("other municipality", fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team()))
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.YOUTH_PROFESSIONAL))
				.expect(page("GET /toewijzing/toewijzingen/{n}/nazorg", () -> get("/toewijzing/toewijzingen/{n}/nazorg", number), 200), caseWorkers)
				.expect(page("POST /toewijzing/toewijzingen/{n}/nazorg", () -> post("/toewijzing/toewijzingen/{n}/nazorg", number)
						.param("version", "0").param("kind", "NONE"), 302), caseWorkers)
				.expect(page("GET /toewijzing/nazorg", () -> get("/toewijzing/nazorg"), 200),
						caseWorkers.except("other team", 200).except("other municipality", 200))
				.expect(api("GET /api/v1/allocation/allocations/{n}/aftercare", () -> get("/api/v1/allocation/allocations/{n}/aftercare", number), 200), caseWorkers)
				.expect(api("PUT /api/v1/allocation/allocations/{n}/aftercare", () -> put("/api/v1/allocation/allocations/{n}/aftercare", number)
						.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"NONE\"}"), 200), caseWorkers)
				.verify();
		assertThat(cells).isGreaterThan(50);
		assertThat(jdbc.sql("select kind || ' ' || version from allocation_aftercare where municipality_code = ? and allocation_number = ?")
				.params(world.municipality().value(), number).query(String.class).single()).isEqualTo("NONE 1");
	}
}
