package nl.jeugdregie.signin;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestAuthenticatorApp;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 item 3 (ADR 0040): the second login step with a code from an authenticator app. Required for the
 * administrator, optional for others, each code usable once, wrong codes throttled, the administrator's reset audited,
 * and the API (Basic and tokens for systems) left alone.
 */
@IntegrationTest
class SecondFactorIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"sleutel\">([A-Z2-7 ]+)<");

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired Clock clock;

	@Test
	@DisplayName("Issue 14.3: an administrator sets up the app before reaching any page, with a code from it")
	void requiresTheAdministratorToEnrol() throws Exception {
		var admin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var session = passwordOnly(admin);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/tweede-stap/instellen"));
		mvc.perform(get("/beheer/gebruikers").session(session)).andExpect(redirectedUrl("/tweede-stap/instellen"));
		mvc.perform(get("/tweede-stap").session(session)).andExpect(redirectedUrl("/tweede-stap/instellen"));
		var page = mvc.perform(get("/tweede-stap/instellen").session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("otpauth://totp/Jeugdregie:" + admin.username())))
				.andReturn().getResponse().getContentAsString();
		var secret = secretOn(page);
		// A reload shows the same secret: nothing changes until the app is confirmed.
		assertThat(secretOn(mvc.perform(get("/tweede-stap/instellen").session(session)).andReturn().getResponse()
				.getContentAsString())).isEqualTo(secret);
		TestAuthenticatorApp.enrol(admin.username(), secret);

		mvc.perform(post("/tweede-stap/instellen").session(session).with(csrf()).param("code", "12345"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Inloggen met een code instellen")))
				.andExpect(content().string(containsString("Typ de 6 cijfers")));
		mvc.perform(post("/tweede-stap/instellen").session(session).with(csrf())
						.param("code", TestAuthenticatorApp.nextCode(admin.username(), clock)))
				.andExpect(redirectedUrl("/"));
		mvc.perform(get("/beheer/gebruikers").session(session)).andExpect(status().isOk());

		assertThat(auditRows(admin, "SECOND_FACTOR_ENROLLED")).isEqualTo(1);
		// Stored sealed: the secret's bytes are nowhere in the row.
		var sealed = jdbc.sql("select encode(sealed_secret, 'escape') from second_factor where username = ?")
				.param(admin.username()).query(String.class).single();
		assertThat(sealed).doesNotContain(secret.replace(" ", ""));
	}

	@Test
	@DisplayName("Issue 14.3: after the password an enrolled person types the app's code; a code used before is refused")
	void asksForTheCodeAndRefusesReplay() throws Exception {
		var admin = enrolledAdministrator();
		var enrolmentCode = TestAuthenticatorApp.codeAt(admin.username(), TestAuthenticatorApp.stepOf(clock) - 1);
		var session = passwordOnly(admin);
		mvc.perform(get("/beheer/teams").session(session)).andExpect(redirectedUrl("/tweede-stap"));
		mvc.perform(get("/tweede-stap").session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Code uit de app")));

		mvc.perform(post("/tweede-stap").session(session).with(csrf()).param("code", enrolmentCode))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Code uit de app")))
				.andExpect(content().string(containsString("is al gebruikt")));
		mvc.perform(get("/beheer/teams").session(session)).andExpect(redirectedUrl("/tweede-stap"));

		var code = TestAuthenticatorApp.nextCode(admin.username(), clock);
		mvc.perform(post("/tweede-stap").session(session).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/beheer/teams").session(session)).andExpect(status().isOk());
		// The same code in a new login: refused.
		var again = passwordOnly(admin);
		mvc.perform(post("/tweede-stap").session(again).with(csrf()).param("code", code))
				.andExpect(content().string(containsString("is al gebruikt")));
		assertThat(auditRows(admin, "SECOND_FACTOR_FAILED")).isEqualTo(2);
	}

	@Test
	@DisplayName("Issue 14.3: the same code sent twice at once logs in once")
	void acceptsOneOfTwoCodesSentAtOnce() throws Exception {
		var admin = enrolledAdministrator();
		var code = TestAuthenticatorApp.nextCode(admin.username(), clock);
		var sessions = List.of(passwordOnly(admin), passwordOnly(admin));
		var tasks = new ArrayList<Callable<String>>();
		for (var session : sessions) {
			tasks.add(() -> mvc.perform(post("/tweede-stap").session(session).with(csrf()).param("code", code))
					.andReturn().getResponse().getRedirectedUrl());
		}
		try (var pool = Executors.newFixedThreadPool(2)) {
			var results = new ArrayList<String>();
			for (var future : pool.invokeAll(tasks)) {
				results.add(future.get());
			}
			assertThat(results).containsOnlyOnce("/");
		}
	}

	@Test
	@DisplayName("Issue 14.3: wrong codes are throttled like passwords: at the fifth the step is locked, audited")
	void locksAfterWrongCodes() throws Exception {
		var admin = enrolledAdministrator();
		var session = passwordOnly(admin);
		for (var i = 0; i < 4; i++) {
			mvc.perform(post("/tweede-stap").session(session).with(csrf()).param("code", "000000"))
					.andExpect(content().string(containsString("klopt niet")));
		}
		mvc.perform(post("/tweede-stap").session(session).with(csrf()).param("code", "000000"))
				.andExpect(content().string(containsString("te vaak een verkeerde code")));
		mvc.perform(post("/tweede-stap").session(session).with(csrf())
						.param("code", TestAuthenticatorApp.nextCode(admin.username(), clock)))
				.andExpect(content().string(containsString("te vaak een verkeerde code")));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/tweede-stap"));
		assertThat(auditRows(admin, "ACCOUNT_LOCKED")).isEqualTo(1);
	}

	@Test
	@DisplayName("Issue 14.3: other roles may set up a code but need not; the API with Basic has no second step")
	void isOptionalForOthersAndLeavesTheApiAlone() throws Exception {
		var world = fixtures.newWorld();
		var worker = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var session = passwordOnly(worker);
		mvc.perform(get("/werklijst").session(session)).andExpect(status().isOk());
		mvc.perform(get("/tweede-stap/instellen").session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("U kunt inloggen met uw wachtwoord én een code")));

		var admin = enrolledAdministrator();
		mvc.perform(get("/api/v1/admin/second-factors").with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.username == '" + admin.username() + "')].enrolled").value(true));
	}

	@Test
	@DisplayName("Issue 14.3: the administrator resets a lost second step of her municipality only; audited; set up again")
	void resetsASecondStep() throws Exception {
		var admin = enrolledAdministrator();
		var colleague = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var sameMunicipality = jdbc.sql("select municipality_code from app_user where username = ?").param(admin.username())
				.query(String.class).single();
		var ownAdministrator = fixtures.user(Role.ADMINISTRATOR, new nl.jeugdregie.identity.MunicipalityCode(sameMunicipality), null);

		mvc.perform(post("/api/v1/admin/second-factors/{u}/reset", admin.username())
						.with(TestFixtures.api(colleague)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/admin/second-factors/{u}/reset", admin.username())
						.with(TestFixtures.api(ownAdministrator)))
				.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/admin/second-factors/{u}/reset", admin.username())
						.with(TestFixtures.api(ownAdministrator)))
				.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET' and actor_username = ?")
				.param(ownAdministrator.username()).query(Long.class).single()).isEqualTo(1);

		var session = passwordOnly(admin);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/tweede-stap/instellen"));
	}

	@Test
	@DisplayName("Issue 14.3, SEC-2: the pages and API of second steps are the administrator's; the own pages everyone's")
	void grantsAccessPerRoleAndMunicipality() throws Exception {
		var world = fixtures.newWorld();
		Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var other = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var worker = users.get(Role.YOUTH_PROFESSIONAL).username();
		AccessMatrix.of(mvc).callers(users).caller("ADMINISTRATOR of another municipality", other)
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.ADMINISTRATOR))
				.expect(List.of(
						page("GET /beheer/tweede-stap", () -> get("/beheer/tweede-stap"), 200),
						// Nobody set up here: back to the list.
						page("GET /beheer/tweede-stap/{username}/herstellen", () -> get("/beheer/tweede-stap/{u}/herstellen", worker), 302),
						page("POST /beheer/tweede-stap/{username}/herstellen", () -> post("/beheer/tweede-stap/{u}/herstellen", worker), 302),
						api("GET /api/v1/admin/second-factors", () -> get("/api/v1/admin/second-factors"), 200),
						api("POST /api/v1/admin/second-factors/{username}/reset", () -> post("/api/v1/admin/second-factors/{u}/reset", worker), 404)),
						Access.to(Role.ADMINISTRATOR))
				.expect(page("GET /tweede-stap/instellen", () -> get("/tweede-stap/instellen"), 200), Access.everyone())
				.verify();
		AccessMatrix.of(mvc).anonymous()
				.expect(page("GET /tweede-stap", () -> get("/tweede-stap"), 200), Access.nobody())
				.expect(page("GET /beheer/tweede-stap", () -> get("/beheer/tweede-stap"), 200), Access.nobody())
				.expect(api("GET /api/v1/admin/second-factors", () -> get("/api/v1/admin/second-factors"), 200), Access.nobody())
				.verify();
	}

	private CurrentUser enrolledAdministrator() throws Exception {
		var admin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var session = passwordOnly(admin);
		var page = mvc.perform(get("/tweede-stap/instellen").session(session)).andReturn().getResponse().getContentAsString();
		TestAuthenticatorApp.enrol(admin.username(), secretOn(page));
		mvc.perform(post("/tweede-stap/instellen").session(session).with(csrf())
						.param("code", TestAuthenticatorApp.nextCode(admin.username(), clock)))
				.andExpect(redirectedUrl("/"));
		return admin;
	}

	/** Logged in with the password only, before the second step. */
	private MockHttpSession passwordOnly(CurrentUser user) throws Exception {
		var result = mvc.perform(formLogin("/inloggen").user(user.username()).password(TestFixtures.PASSWORD))
				.andExpect(redirectedUrl("/")).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static String secretOn(String page) {
		var matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the secret on the enrolment page").isTrue();
		return matcher.group(1);
	}

	private long auditRows(CurrentUser user, String action) {
		return jdbc.sql("select count(*) from audit_event where action = ? and actor_username = ?")
				.params(action, user.username()).query(Long.class).single();
	}
}
