package nl.jeugdregie.signin;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumMap;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19 items 4 and 5, SEC-2 access matrix of locked accounts and API tokens: every role of the municipality
 * and the administrator of another municipality, through the UI (form login) and the API (HTTP Basic). Only the
 * administrator gets past access control; the other municipality's administrator does too, but finds nothing of
 * this municipality (404 in the API, back to the list on the page). The other tests of this package check what an
 * administrator sees and changes.
 */
@IntegrationTest
class SigninAccessIntegrationTests {

	private static final String OTHER_ADMINISTRATOR = "ADMINISTRATOR of another municipality";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	CurrentUser otherAdministrator;
	String tokenId;

	@BeforeEach
	void setUp() throws Exception {
		var world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		otherAdministrator = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var issued = mvc.perform(post("/api/v1/admin/api-tokens")
						.with(TestFixtures.api(users.get(Role.ADMINISTRATOR)))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + users.get(Role.TEAM_LEAD).username() + "\",\"description\":\"Koppeling\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		tokenId = JsonPath.read(issued, "$.id");
	}

	List<Endpoint> pageRows() {
		var worker = users.get(Role.YOUTH_PROFESSIONAL).username();
		return List.of(
				page("GET /beheer/vergrendelde-accounts", () -> get("/beheer/vergrendelde-accounts"), 200),
				page("POST /beheer/vergrendelde-accounts/{username}/ontgrendelen",
						() -> post("/beheer/vergrendelde-accounts/{username}/ontgrendelen", worker), 302),
				page("GET /beheer/api-tokens", () -> get("/beheer/api-tokens"), 200),
				page("POST /beheer/api-tokens without fields", () -> post("/beheer/api-tokens"), 200),
				page("GET /beheer/api-tokens/{id}/intrekken", () -> get("/beheer/api-tokens/{id}/intrekken", tokenId), 200),
				page("POST /beheer/api-tokens/{id}/intrekken of an unknown token",
						() -> post("/beheer/api-tokens/{id}/intrekken", "0123456789abcdef"), 302));
	}

	List<Endpoint> apiRows() {
		var worker = users.get(Role.YOUTH_PROFESSIONAL).username();
		return List.of(
				api("GET /api/v1/admin/locked-accounts", () -> get("/api/v1/admin/locked-accounts"), 200),
				api("POST /api/v1/admin/locked-accounts/{username}/unlock of an account not locked",
						() -> post("/api/v1/admin/locked-accounts/{username}/unlock", worker), 404),
				api("GET /api/v1/admin/api-tokens", () -> get("/api/v1/admin/api-tokens"), 200),
				api("POST /api/v1/admin/api-tokens with an empty body", () -> post("/api/v1/admin/api-tokens")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
				api("POST /api/v1/admin/api-tokens/{id}/revoke of an unknown token",
						() -> post("/api/v1/admin/api-tokens/{id}/revoke", "0123456789abcdef"), 404));
	}

	@Test
	@DisplayName("Issue 19.4/19.5, SEC-2: the pages of locked accounts and API tokens are for the administrator only")
	void grantsThePagesOnlyToTheAdministrator() throws Exception {
		AccessMatrix.of(mvc).callers(users).caller(OTHER_ADMINISTRATOR, otherAdministrator)
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.ADMINISTRATOR))
				.expect(pageRows().subList(0, 4), Access.to(Role.ADMINISTRATOR))
				// Another municipality's token: back to the list, which says it was not found.
				.expect(pageRows().get(4), Access.to(Role.ADMINISTRATOR).except(OTHER_ADMINISTRATOR, 302))
				.expect(pageRows().get(5), Access.to(Role.ADMINISTRATOR))
				.verify();
	}

	@Test
	@DisplayName("Issue 19.4/19.5, SEC-2: the API of locked accounts and API tokens is for the administrator only")
	void grantsTheApiOnlyToTheAdministrator() throws Exception {
		AccessMatrix.of(mvc).callers(users).caller(OTHER_ADMINISTRATOR, otherAdministrator)
				.expect(apiRows(), Access.to(Role.ADMINISTRATOR))
				// Revoked by this municipality's administrator; ApiTokenIntegrationTests shows the other cannot.
				.expect(api("POST /api/v1/admin/api-tokens/{id}/revoke of this municipality's token",
						() -> post("/api/v1/admin/api-tokens/{id}/revoke", tokenId), 204),
						Access.to(Role.ADMINISTRATOR).except(OTHER_ADMINISTRATOR, 404))
				.verify();
	}

	@Test
	@DisplayName("Issue 19.4/19.5, SEC-2: access is decided before the body is read")
	void decidesAccessBeforeReadingTheBody() throws Exception {
		AccessMatrix.of(mvc).callers(users)
				.expect(api("POST /api/v1/admin/api-tokens with a broken body", () -> post("/api/v1/admin/api-tokens")
						.contentType(MediaType.APPLICATION_JSON).content("{kapot"), 400), Access.to(Role.ADMINISTRATOR))
				.verify();
	}

	@Test
	@DisplayName("SEC-2: anonymous callers go to the login page or get 401")
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		AccessMatrix.of(mvc).anonymous().expect(pageRows(), Access.nobody()).expect(apiRows(), Access.nobody()).verify();
	}
}
