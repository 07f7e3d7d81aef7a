package nl.jeugdregie.signin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19 items 4 and 5: locked accounts and API tokens are for the administrator only, per role; within the
 * role, per municipality (the other tests of this package check that an administrator sees and changes only
 * their own municipality's accounts and tokens).
 */
@IntegrationTest
@DisplayName("Issue 19 items 4 and 5: only the administrator reaches locked accounts and API tokens")
class SigninAccessIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@ParameterizedTest
	@EnumSource(Role.class)
	void showsTheLockedAccountsAndApiTokensPagesOnlyToTheAdministrator(Role role) throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, userOf(world, role));
		var admin = role == Role.ADMINISTRATOR;

		mvc.perform(get("/beheer/vergrendelde-accounts").session(session)).andExpect(status().is(admin ? 200 : 403));
		mvc.perform(get("/beheer/api-tokens").session(session)).andExpect(status().is(admin ? 200 : 403));
		mvc.perform(get("/beheer/api-tokens/0123456789abcdef/intrekken").session(session))
				.andExpect(status().is(admin ? 302 : 403));
		mvc.perform(post("/beheer/vergrendelde-accounts/iemand/ontgrendelen").session(session).with(csrf()))
				.andExpect(status().is(admin ? 302 : 403));
		mvc.perform(post("/beheer/api-tokens/0123456789abcdef/intrekken").session(session).with(csrf()))
				.andExpect(status().is(admin ? 302 : 403));
		mvc.perform(post("/beheer/api-tokens").session(session).with(csrf()).param("username", "")
				.param("description", "")).andExpect(status().is(admin ? 200 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void letsOnlyTheAdministratorUseTheLockedAccountsAndApiTokensApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = basic(userOf(world, role));
		var account = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = role == Role.ADMINISTRATOR;

		mvc.perform(get("/api/v1/admin/locked-accounts").with(user)).andExpect(status().is(admin ? 200 : 403));
		mvc.perform(post("/api/v1/admin/locked-accounts/{username}/unlock", account.username()).with(user))
				.andExpect(status().is(admin ? 404 : 403));
		mvc.perform(get("/api/v1/admin/api-tokens").with(user)).andExpect(status().is(admin ? 200 : 403));
		mvc.perform(post("/api/v1/admin/api-tokens").with(user).contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + account.username() + "\",\"description\":\"Koppeling\"}"))
				.andExpect(status().is(admin ? 201 : 403));
		mvc.perform(post("/api/v1/admin/api-tokens/0123456789abcdef/revoke").with(user))
				.andExpect(status().is(admin ? 404 : 403));
	}

	@Test
	void decidesAccessBeforeReadingTheBody() throws Exception {
		var user = basic(userOf(fixtures.newWorld(), Role.TEAM_LEAD));

		mvc.perform(post("/api/v1/admin/api-tokens").with(user).contentType(MediaType.APPLICATION_JSON).content("{kapot"))
				.andExpect(status().isForbidden());
	}

	@Test
	void asksAnonymousCallersToLogIn() throws Exception {
		mvc.perform(get("/api/v1/admin/locked-accounts")).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/admin/api-tokens")).andExpect(status().isUnauthorized());
		mvc.perform(get("/beheer/vergrendelde-accounts")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/api-tokens")).andExpect(redirectedUrl("/inloggen"));
	}

	private CurrentUser userOf(World world, Role role) {
		return fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return httpBasic(user.username(), TestFixtures.PASSWORD);
	}
}
