package nl.jeugdregie.allocation;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Set;
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
 * Issue 15: every arrangement, decision, crisis-care and allocation endpoint against every role, a professional of
 * another team (403: not its caseload) and of another municipality (404), and providers (only their own allocations).
 * Changes are sent on a stale version or invalid, so every caller can call them.
 */
@IntegrationTest
@DisplayName("Issue 15: access to arrangements, decisions, crisis care and allocations per role, team and municipality (TOEW-1, TOEW-2)")
class ArrangementAccessIntegrationTests {

	private static final String OTHER_TEAM = "YOUTH_PROFESSIONAL of another team";
	private static final String OTHER_MUNICIPALITY = "YOUTH_PROFESSIONAL of another municipality";
	private static final Set<Role> CASE_WORKERS = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	void letsOnlyTheTeamWorkOnItsArrangementsAndProvidersSeeOnlyTheirAllocations() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var professional = users.get(Role.YOUTH_PROFESSIONAL);
		var api = new AllocationApi(mvc);
		var keeper = users.get(Role.POLICY_OFFICER);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "84,50", "2026-01-01", "");
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900018");
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2027-05-31"}"""
				.formatted(product, provider))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated());

		var team = Access.to(CASE_WORKERS).except(OTHER_TEAM, 403).except(OTHER_MUNICIPALITY, 404);
		var caseWorkers = Access.to(CASE_WORKERS);
		var stale = "\"99\"";
		var decision = "{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}";

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_TEAM, fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam()))
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team()))
				.refusingPostsWithoutCsrfTokenFrom(professional)
				// Pages
				.expect(page("GET /toewijzing/aanvragen", () -> get("/toewijzing/aanvragen"), 200), caseWorkers)
				.expect(page("POST /toewijzing/aanvragen/{hv}/arrangement (existing)", () -> post("/toewijzing/aanvragen/{id}/arrangement", helpRequest), 302), team)
				.expect(page("GET /toewijzing/arrangementen/{id}", () -> get("/toewijzing/arrangementen/{id}", arrangement), 200), team)
				.expect(page("GET /toewijzing/arrangementen/{id}/product", () -> get("/toewijzing/arrangementen/{id}/product", arrangement)
						.param("product", product), 200), team)
				.expect(page("POST /toewijzing/arrangementen/{id}/product (empty)", () -> post("/toewijzing/arrangementen/{id}/product", arrangement), 200), team)
				.expect(page("GET /toewijzing/arrangementen/{id}/akkoord", () -> get("/toewijzing/arrangementen/{id}/akkoord", arrangement), 200), team)
				.expect(page("POST /toewijzing/arrangementen/{id}/akkoord (empty)", () -> post("/toewijzing/arrangementen/{id}/akkoord", arrangement), 200), team)
				.expect(page("GET /toewijzing/arrangementen/{id}/beschikking", () -> get("/toewijzing/arrangementen/{id}/beschikking", arrangement), 200), team)
				.expect(page("POST /toewijzing/arrangementen/{id}/beschikking (empty)", () -> post("/toewijzing/arrangementen/{id}/beschikking", arrangement), 200), team)
				.expect(page("POST /toewijzing/arrangementen/{id}/beschikking/bevestigen (empty)", () -> post("/toewijzing/arrangementen/{id}/beschikking/bevestigen", arrangement), 200), team)
				.expect(page("GET /toewijzing/arrangementen/{id}/beschikking.pdf", () -> get("/toewijzing/arrangementen/{id}/beschikking.pdf", arrangement), 200), team)
				.expect(page("GET /toewijzing/crisiszorg", () -> get("/toewijzing/crisiszorg"), 200), caseWorkers)
				.expect(page("GET /toewijzing/toewijzingen", () -> get("/toewijzing/toewijzingen"), 200), Access.to(Role.PROVIDER))
				.expect(page("GET /toewijzing/crisiszorg/nieuw", () -> get("/toewijzing/crisiszorg/nieuw"), 200), caseWorkers)
				.expect(page("POST /toewijzing/crisiszorg/nieuw (empty)", () -> post("/toewijzing/crisiszorg/nieuw"), 200), caseWorkers)
				// TOEW-9: declaring on screen, as in the API
				.expect(page("GET /toewijzing/declaraties", () -> get("/toewijzing/declaraties"), 200),
						Access.to(Set.of(Role.PROVIDER, Role.ADMINISTRATOR)))
				.expect(page("POST /toewijzing/declaraties (empty)", () -> post("/toewijzing/declaraties"), 200),
						Access.to(Set.of(Role.PROVIDER, Role.ADMINISTRATOR)))
				.expect(page("POST /toewijzing/declaraties/inlezen (no file)", () -> post("/toewijzing/declaraties/inlezen"), 200),
						Access.to(Set.of(Role.PROVIDER, Role.ADMINISTRATOR)))
				// API
				.expect(api("POST /api/v1/allocation/arrangements (existing)", () -> post("/api/v1/allocation/arrangements")
						.contentType(MediaType.APPLICATION_JSON).content("{\"helpRequestId\":\"" + helpRequest + "\"}"), 201), team)
				.expect(api("GET /api/v1/allocation/arrangements/{id}", () -> get("/api/v1/allocation/arrangements/{id}", arrangement), 200), team)
				.expect(api("POST /api/v1/allocation/arrangements/{id}/lines (stale)", () -> post("/api/v1/allocation/arrangements/{id}/lines", arrangement)
						.header("If-Match", stale).contentType(MediaType.APPLICATION_JSON).content("""
								{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2027-05-31"}"""
								.formatted(product, provider)), 409), team)
				.expect(api("POST /api/v1/allocation/arrangements/{id}/agreement (stale)", () -> post("/api/v1/allocation/arrangements/{id}/agreement", arrangement)
						.header("If-Match", stale).contentType(MediaType.APPLICATION_JSON).content("{}"), 409), team)
				.expect(api("POST /api/v1/allocation/arrangements/{id}/decision (stale)", () -> post("/api/v1/allocation/arrangements/{id}/decision", arrangement)
						.header("If-Match", stale).contentType(MediaType.APPLICATION_JSON).content(decision), 409), team)
				.expect(api("GET /api/v1/allocation/arrangements/{id}/decision", () -> get("/api/v1/allocation/arrangements/{id}/decision", arrangement), 200), team)
				.expect(api("GET /api/v1/allocation/arrangements/{id}/decision/letter.pdf", () -> get("/api/v1/allocation/arrangements/{id}/decision/letter.pdf", arrangement), 200), team)
				.expect(api("POST /api/v1/allocation/crisis-care (empty)", () -> post("/api/v1/allocation/crisis-care")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), caseWorkers)
				.expect(api("GET /api/v1/allocation/crisis-care", () -> get("/api/v1/allocation/crisis-care"), 200), caseWorkers)
				.expect(api("GET /api/v1/allocation/allocations", () -> get("/api/v1/allocation/allocations"), 200), Access.to(Role.PROVIDER))
				// TOEW-9: declarations and budgets: the provider (its own allocations; this unlinked account finds none) and the
				// administrator of the municipality
				.expect(api("POST /api/v1/allocation/declarations (empty)", () -> post("/api/v1/allocation/declarations")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), Access.to(Set.of(Role.PROVIDER, Role.ADMINISTRATOR)))
				.expect(api("POST /api/v1/allocation/declarations/import (bad header)", () -> post("/api/v1/allocation/declarations/import")
						.contentType("text/csv").content("x"), 400), Access.to(Set.of(Role.PROVIDER, Role.ADMINISTRATOR)))
				.expect(api("GET /api/v1/allocation/allocations/{n}/budget", () -> get("/api/v1/allocation/allocations/1/budget"), 200),
						Access.to(Role.ADMINISTRATOR).except(Role.PROVIDER, 404))
				.verify();
		assertThat(cells).isGreaterThan(250);
	}
}
