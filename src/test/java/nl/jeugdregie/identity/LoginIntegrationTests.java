package nl.jeugdregie.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	void servesTheLoginPageWithSecurityHeaders() throws Exception {
		mvc.perform(get("/inloggen"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Inloggen")))
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inloggen"));
	}

	@Test
	void logsInWithTheRightPasswordOnly() throws Exception {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		mvc.perform(formLogin("/inloggen").user(user.username()).password(TestFixtures.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/inloggen").user(user.username()).password("fout-wachtwoord-99")).andExpect(unauthenticated());
	}

	@Test
	void refusesALoginPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/inloggen").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
	}

	@Test
	void storesPasswordsOnlyAsBcryptHashes() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());

		var stored = jdbc.sql("select password_hash from app_user where username = ?").param(user.username())
				.query(String.class).single();
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(TestFixtures.PASSWORD);
	}
}
