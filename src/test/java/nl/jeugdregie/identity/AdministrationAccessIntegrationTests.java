package nl.jeugdregie.identity;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.EnumMap;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue 14: every administration page and API endpoint against every role of the municipality and the administrator
 * of another municipality. Only the administrator of the same municipality gets in; another municipality's
 * administrator finds neither the team nor the user (404) and sees only her own lists. Requests are harmless on
 * purpose (invalid, or on a stale version), so the table can call each of them as every caller.
 */
@IntegrationTest
@DisplayName("Issue 14: teams and users are kept only by the administrator of the same municipality")
class AdministrationAccessIntegrationTests {

	private static final String OTHER_ADMIN = "ADMINISTRATOR of another municipality";
	private static final String STALE = "\"999\"";

	@Autowired org.springframework.test.web.servlet.MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	void letsOnlyTheAdministratorOfTheSameMunicipalityManageTeamsAndUsers() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var team = world.team().id();
		var user = users.get(Role.YOUTH_PROFESSIONAL).username();
		var admin = Access.to(Role.ADMINISTRATOR).except(OTHER_ADMIN, 404);
		var adminAnywhere = Access.to(Role.ADMINISTRATOR);
		var body = "{\"name\":\"Team X\",\"email\":\"x@gemeente.nl\",\"role\":\"POLICY_OFFICER\",\"districts\":[]}";

		var cells = AccessMatrix.of(mvc).callers(users).caller(OTHER_ADMIN, fixtures.user(Role.ADMINISTRATOR,
						elsewhere.municipality(), null)).anonymous()
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.ADMINISTRATOR))
				// Teams: screens
				.expect(page("GET /beheer/teams", () -> get("/beheer/teams"), 200), adminAnywhere)
				.expect(page("GET /beheer/teams/nieuw", () -> get("/beheer/teams/nieuw"), 200), adminAnywhere)
				.expect(page("POST /beheer/teams/nieuw (no name)", () -> post("/beheer/teams/nieuw"), 200), adminAnywhere)
				.expect(page("GET /beheer/teams/{id}", () -> get("/beheer/teams/{id}", team), 200), admin)
				.expect(page("GET /beheer/teams/{id}/naam", () -> get("/beheer/teams/{id}/naam", team), 200), admin)
				.expect(page("POST /beheer/teams/{id}/naam (no name)", () -> post("/beheer/teams/{id}/naam", team), 200), admin)
				.expect(page("GET /beheer/teams/{id}/wijken", () -> get("/beheer/teams/{id}/wijken", team), 200), admin)
				.expect(page("POST /beheer/teams/{id}/wijken (stale)", () -> post("/beheer/teams/{id}/wijken", team)
						.param("version", "999").param("districts", "Noord"), 200), admin)
				.expect(page("GET /beheer/teams/{id}/deactiveren", () -> get("/beheer/teams/{id}/deactiveren", team), 200), admin)
				.expect(page("POST /beheer/teams/{id}/deactiveren (stale)", () -> post("/beheer/teams/{id}/deactiveren", team)
						.param("version", "999"), 200), admin)
				.expect(page("GET /beheer/teams/{id}/activeren", () -> get("/beheer/teams/{id}/activeren", team), 200), admin)
				.expect(page("POST /beheer/teams/{id}/activeren (stale)", () -> post("/beheer/teams/{id}/activeren", team)
						.param("version", "999"), 200), admin)
				// Users: screens
				.expect(page("GET /beheer/gebruikers", () -> get("/beheer/gebruikers"), 200), adminAnywhere)
				.expect(page("GET /beheer/gebruikers/nieuw", () -> get("/beheer/gebruikers/nieuw"), 200), adminAnywhere)
				.expect(page("POST /beheer/gebruikers/nieuw (empty)", () -> post("/beheer/gebruikers/nieuw"), 200), adminAnywhere)
				.expect(page("GET /beheer/gebruikers/{u}", () -> get("/beheer/gebruikers/{u}", user), 200), admin)
				.expect(page("GET /beheer/gebruikers/{u}/gegevens", () -> get("/beheer/gebruikers/{u}/gegevens", user), 200), admin)
				.expect(page("POST /beheer/gebruikers/{u}/gegevens (stale)", () -> post("/beheer/gebruikers/{u}/gegevens", user)
						.param("version", "999"), 200), admin)
				.expect(page("GET /beheer/gebruikers/{u}/rol", () -> get("/beheer/gebruikers/{u}/rol", user), 200), admin)
				.expect(page("POST /beheer/gebruikers/{u}/rol (stale)", () -> post("/beheer/gebruikers/{u}/rol", user)
						.param("version", "999"), 200), admin)
				.expect(page("GET /beheer/gebruikers/{u}/periode", () -> get("/beheer/gebruikers/{u}/periode", user), 200), admin)
				.expect(page("POST /beheer/gebruikers/{u}/periode (stale)", () -> post("/beheer/gebruikers/{u}/periode", user)
						.param("version", "999"), 200), admin)
				.expect(page("GET /beheer/gebruikers/{u}/deactiveren", () -> get("/beheer/gebruikers/{u}/deactiveren", user), 200), admin)
				.expect(page("POST /beheer/gebruikers/{u}/deactiveren (stale)", () -> post("/beheer/gebruikers/{u}/deactiveren", user)
						.param("version", "999"), 200), admin)
				.expect(page("GET /beheer/gebruikers/{u}/activeren", () -> get("/beheer/gebruikers/{u}/activeren", user), 200), admin)
				.expect(page("POST /beheer/gebruikers/{u}/activeren (stale)", () -> post("/beheer/gebruikers/{u}/activeren", user)
						.param("version", "999"), 200), admin)
				.expect(page("GET /beheer/gebruikers/{u}/wachtwoord", () -> get("/beheer/gebruikers/{u}/wachtwoord", user), 200), admin)
				.expect(page("POST /beheer/gebruikers/{u}/wachtwoord (stale)", () -> post("/beheer/gebruikers/{u}/wachtwoord", user)
						.param("version", "999"), 200), admin)
				// Choosing one's own password: everyone
				.expect(page("GET /wachtwoord", () -> get("/wachtwoord"), 200), Access.everyone())
				.expect(page("POST /wachtwoord (empty)", () -> post("/wachtwoord"), 200), Access.everyone())
				// Teams: API
				.expect(api("GET /api/v1/admin/teams", () -> get("/api/v1/admin/teams"), 200), adminAnywhere)
				.expect(api("POST /api/v1/admin/teams (no name)", () -> post("/api/v1/admin/teams")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), adminAnywhere)
				.expect(api("GET /api/v1/admin/teams/{id}", () -> get("/api/v1/admin/teams/{id}", team), 200), admin)
				.expect(api("PUT /api/v1/admin/teams/{id} (stale)", () -> put("/api/v1/admin/teams/{id}", team)
						.header("If-Match", STALE).contentType(MediaType.APPLICATION_JSON).content(body), 409), admin)
				.expect(api("POST /api/v1/admin/teams/{id}/deactivation (stale)", () -> post("/api/v1/admin/teams/{id}/deactivation", team)
						.header("If-Match", STALE), 409), admin)
				.expect(api("POST /api/v1/admin/teams/{id}/activation (stale)", () -> post("/api/v1/admin/teams/{id}/activation", team)
						.header("If-Match", STALE), 409), admin)
				// Users: API
				.expect(api("GET /api/v1/admin/users", () -> get("/api/v1/admin/users"), 200), adminAnywhere)
				.expect(api("POST /api/v1/admin/users (empty)", () -> post("/api/v1/admin/users")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), adminAnywhere)
				.expect(api("GET /api/v1/admin/users/{u}", () -> get("/api/v1/admin/users/{u}", user), 200), admin)
				.expect(api("PUT /api/v1/admin/users/{u} (stale)", () -> put("/api/v1/admin/users/{u}", user)
						.header("If-Match", STALE).contentType(MediaType.APPLICATION_JSON).content(body), 409), admin)
				.expect(api("POST /api/v1/admin/users/{u}/deactivation (stale)", () -> post("/api/v1/admin/users/{u}/deactivation", user)
						.header("If-Match", STALE), 409), admin)
				.expect(api("POST /api/v1/admin/users/{u}/activation (stale)", () -> post("/api/v1/admin/users/{u}/activation", user)
						.header("If-Match", STALE), 409), admin)
				.expect(api("POST /api/v1/admin/users/{u}/one-time-password (stale)", () -> post("/api/v1/admin/users/{u}/one-time-password", user)
						.header("If-Match", STALE), 409), admin)
				// Single sign-on: the municipality's provider (ADR 0035); nothing is set up, so reading it is 404
				.expect(page("GET /beheer/inlogdienst", () -> get("/beheer/inlogdienst"), 200), adminAnywhere)
				.expect(page("POST /beheer/inlogdienst (empty)", () -> post("/beheer/inlogdienst"), 200), adminAnywhere)
				.expect(api("GET /api/v1/admin/identity-provider", () -> get("/api/v1/admin/identity-provider"), 404), adminAnywhere)
				.expect(api("PUT /api/v1/admin/identity-provider (empty)", () -> put("/api/v1/admin/identity-provider")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), adminAnywhere)
				.verify();

		assertThat(cells).isGreaterThan(300);
	}
}
