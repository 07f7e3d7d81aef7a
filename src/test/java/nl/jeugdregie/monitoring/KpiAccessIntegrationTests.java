package nl.jeugdregie.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2, MON-4: the KPI overview and its exports open for team leads and policy officers; only the policy officer
 * keeps action lines, KPIs and hand-entered results. Every other role gets 403, on the pages and in the API.
 */
@IntegrationTest
class KpiAccessIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, MON-4: the KPI overview and its exports open for team leads and policy officers only")
	void opensTheOverviewForTeamLeadsAndPolicyOfficersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = userWith(role, world);
		var session = TestFixtures.login(mvc, user);
		var expected = role == Role.TEAM_LEAD || role == Role.POLICY_OFFICER ? 200 : 403;
		for (var page : List.of("/rapportages/kpi?jaar=2026", "/rapportages/kpi.csv?jaar=2026", "/rapportages/kpi.pdf?jaar=2026")) {
			mvc.perform(get(page).session(session)).andExpect(status().is(expected));
		}
		for (var path : List.of("/api/v1/reports/kpis?year=2026", "/api/v1/reports/kpis?year=2026&format=csv",
				"/api/v1/reports/kpis/indicators")) {
			mvc.perform(get(path).with(TestFixtures.api(user))).andExpect(status().is(expected));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, MON-4: only the policy officer opens the pages that keep action lines and KPIs")
	void opensTheEditingPagesForThePolicyOfficerOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var line = actionLine(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var session = TestFixtures.login(mvc, userWith(role, world));
		var expected = role == Role.POLICY_OFFICER ? 200 : 403;
		for (var page : List.of("/rapportages/kpi/actielijnen/nieuw", "/rapportages/kpi/actielijnen/" + line,
				"/rapportages/kpi/actielijnen/" + line + "/kpis/nieuw?jaar=2026")) {
			mvc.perform(get(page).session(session)).andExpect(status().is(expected));
		}
		mvc.perform(post("/rapportages/kpi/actielijnen").session(session).with(csrf())
				.param("code", "9.9").param("name", "Nieuw")).andExpect(status().is(role == Role.POLICY_OFFICER ? 302 : 403));
		mvc.perform(post("/rapportages/kpi/overnemen").session(session).with(csrf()).param("jaar", "2026"))
				.andExpect(status().is(role == Role.POLICY_OFFICER ? 302 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, MON-4: only the policy officer changes action lines and KPIs through the API")
	void letsOnlyThePolicyOfficerChangeKpisThroughTheApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var line = actionLine(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var user = userWith(role, world);
		var allowed = role == Role.POLICY_OFFICER;
		mvc.perform(post("/api/v1/reports/kpis/action-lines/" + line + "/kpis")
						.with(TestFixtures.api(user)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2026, \"name\": \"Uitval\", \"indicator\": \"DROP_OUT\", \"direction\": \"AT_MOST\", \"target\": 20}"))
				.andExpect(status().is(allowed ? 201 : 403));
		mvc.perform(put("/api/v1/reports/kpis/action-lines/" + line).with(TestFixtures.api(user))
						.contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"5.3\", \"name\": \"Toegang\", \"version\": 1}"))
				.andExpect(status().is(allowed ? 200 : 403));
		mvc.perform(delete("/api/v1/reports/kpis/action-lines/" + line).param("version", "2")
						.with(TestFixtures.api(user)))
				.andExpect(status().is(allowed ? 409 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, issue 13 item 2: only the policy officer opens the check page before removing a KPI; it removes nothing")
	void opensTheRemovalCheckForThePolicyOfficerOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var kpi = kpi(policyOfficer, actionLine(policyOfficer));
		var session = TestFixtures.login(mvc, userWith(role, world));
		mvc.perform(get("/rapportages/kpi/" + kpi + "/verwijderen").session(session))
				.andExpect(status().is(role == Role.POLICY_OFFICER ? 200 : 403));
		mvc.perform(get("/rapportages/kpi/" + kpi).session(TestFixtures.login(mvc, policyOfficer)))
				.andExpect(status().isOk());
	}

	@Test
	@DisplayName("SEC-2: a policy officer cannot open the removal check of another municipality's KPI")
	void hidesTheRemovalCheckOfAnotherMunicipalitysKpi() throws Exception {
		var owner = fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null);
		var kpi = kpi(owner, actionLine(owner));
		var other = fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null);
		mvc.perform(get("/rapportages/kpi/" + kpi + "/verwijderen").session(TestFixtures.login(mvc, other)))
				.andExpect(status().isNotFound());
	}

	private String kpi(CurrentUser policyOfficer, String line) throws Exception {
		var body = mvc.perform(post("/api/v1/reports/kpis/action-lines/" + line + "/kpis")
						.with(TestFixtures.api(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2026, \"name\": \"Uitval\", \"indicator\": \"DROP_OUT\", \"direction\": \"AT_MOST\", \"target\": 20}"))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void refusesChangesWithoutCsrfToken() throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		mvc.perform(post("/rapportages/kpi/actielijnen").session(session).param("code", "9.9").param("name", "Nieuw"))
				.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("SEC-2, MON-4: a policy officer cannot open another municipality's action line")
	void hidesAnotherMunicipalitysActionLine() throws Exception {
		var line = actionLine(fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null));
		var other = fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null);
		mvc.perform(get("/rapportages/kpi/actielijnen/" + line).session(TestFixtures.login(mvc, other)))
				.andExpect(status().isNotFound());
	}

	private String actionLine(CurrentUser policyOfficer) throws Exception {
		var body = mvc.perform(post("/api/v1/reports/kpis/action-lines")
						.with(TestFixtures.api(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\": \"5.3\", \"name\": \"Grip op de toegang\"}"))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private CurrentUser userWith(Role role, TestFixtures.World world) {
		return fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
	}
}
