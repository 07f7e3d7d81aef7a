package nl.jeugdregie.allocation;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 item 6: every page and API endpoint of the transfer to the CJG against every role of the municipality and
 * another municipality's policy officer. The keepers (policy officer, administrator) mark and keep; the municipality's
 * staff and providers read (a provider only its own notices, see CjgTransferIntegrationTests). Changes are sent
 * invalid or for an unknown situation, so every caller can call them.
 */
@IntegrationTest
@DisplayName("Issue 15: access to the transfer to the CJG per role and municipality (TOEW-8)")
class CjgTransferAccessIntegrationTests {

	private static final String OTHER_MUNICIPALITY = "POLICY_OFFICER of another municipality";
	private static final Set<Role> KEEPERS = Set.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);
	private static final Set<Role> READERS = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("TOEW-8: keepers mark the CJG's scope, move its date and keep its exceptions; staff and providers read; other roles are refused; another municipality does not find the scope")
	void letsKeepersMarkAndReadersRead() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var unknown = UUID.randomUUID();
		var readers = Access.to(READERS);
		var keepers = Access.to(KEEPERS);
		// A scope of the municipality, to move: the keepers of another municipality do not find it.
		var scope = UUID.randomUUID();
		jdbc.sql("""
				insert into allocation_cjg_scope (id, municipality_code, category, effective_from, noticed_on, marked_by, marked_at)
				values (?, ?, '45', '2027-06-01', '2026-11-16', 'beleid', now())""").params(scope, world.municipality().value()).update();
		var ownKeepers = keepers.except(OTHER_MUNICIPALITY, 404);

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.POLICY_OFFICER, elsewhere.municipality(), null))
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.POLICY_OFFICER))
				// Pages
				.expect(page("GET /toewijzing/overdracht-cjg", () -> get("/toewijzing/overdracht-cjg"), 200), readers)
				.expect(page("GET /toewijzing/overdracht-cjg/nieuw", () -> get("/toewijzing/overdracht-cjg/nieuw"), 200), keepers)
				.expect(page("POST /toewijzing/overdracht-cjg/nieuw (empty)", () -> post("/toewijzing/overdracht-cjg/nieuw"), 200), keepers)
				.expect(page("POST /toewijzing/overdracht-cjg/nieuw/bevestigen (empty)",
						() -> post("/toewijzing/overdracht-cjg/nieuw/bevestigen"), 200), keepers)
				.expect(page("POST /toewijzing/overdracht-cjg/uitzonderingen (empty)",
						() -> post("/toewijzing/overdracht-cjg/uitzonderingen"), 200), keepers)
				.expect(page("POST /toewijzing/overdracht-cjg/uitzonderingen/{id}/intrekken (unknown)",
						() -> post("/toewijzing/overdracht-cjg/uitzonderingen/{id}/intrekken", unknown), 404), keepers)
				.expect(page("GET /toewijzing/overdracht-cjg/{id}/datum", () -> get("/toewijzing/overdracht-cjg/{id}/datum", scope), 200),
						ownKeepers)
				.expect(page("POST /toewijzing/overdracht-cjg/{id}/datum (empty)",
						() -> post("/toewijzing/overdracht-cjg/{id}/datum", scope), 200), ownKeepers)
				.expect(page("POST /toewijzing/overdracht-cjg/{id}/datum/bevestigen (empty)",
						() -> post("/toewijzing/overdracht-cjg/{id}/datum/bevestigen", scope), 200), ownKeepers)
				// API
				.expect(api("PUT /api/v1/allocation/cjg-scopes/{id} (the same date)", () -> put("/api/v1/allocation/cjg-scopes/{id}", scope)
						.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\":\"2027-06-01\"}"), 400),
						ownKeepers)
				.expect(api("GET /api/v1/allocation/cjg-scopes", () -> get("/api/v1/allocation/cjg-scopes"), 200), readers)
				.expect(api("POST /api/v1/allocation/cjg-scopes (empty)", () -> post("/api/v1/allocation/cjg-scopes")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), keepers)
				.expect(api("GET /api/v1/allocation/cjg-transfer-notices", () -> get("/api/v1/allocation/cjg-transfer-notices"), 200), readers)
				.expect(api("GET /api/v1/allocation/cjg-out-of-scope-situations",
						() -> get("/api/v1/allocation/cjg-out-of-scope-situations"), 200), readers)
				.expect(api("POST /api/v1/allocation/cjg-out-of-scope-situations (empty)",
						() -> post("/api/v1/allocation/cjg-out-of-scope-situations").contentType(MediaType.APPLICATION_JSON)
								.content("{}"), 400), keepers)
				.expect(api("DELETE /api/v1/allocation/cjg-out-of-scope-situations/{id} (unknown)",
						() -> delete("/api/v1/allocation/cjg-out-of-scope-situations/{id}", unknown), 404), keepers)
				.verify();
		assertThat(cells).isGreaterThan(100);
	}
}
