package nl.jeugdregie.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19 item 4 (OWASP ASVS V2.2): login protection for the form and HTTP Basic. The test profile keeps the
 * defaults for accounts (5 failures, locked for 15 minutes) without the delay (the clock stands still), and low
 * limits per address (12 failures, 20 password checks a second). Each test logs in from addresses of its own.
 * The clock is fixed at 16 November 2026, weeks before the real date: a lock that holds in these tests holds by
 * the injected clock, and "time passes" by moving the stored failures back by the lockout period.
 */
@IntegrationTest
@DisplayName("Issue 19 item 4: growing delay and temporary lockout per account and per address, audited")
class LoginProtectionIntegrationTests {

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
	private static final String WRONG = "fout-wachtwoord-99";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Value("${local.server.port}") int port;

	@Test
	@DisplayName("Issue 19.4: five wrong passwords on the login form lock the account until the lockout ends")
	void locksAnAccountAfterFiveWrongPasswordsOnTheFormUntilTheLockoutEnds() throws Exception {
		var user = professional();
		var address = newAddress();

		for (int i = 0; i < 5; i++) {
			formLogin(user.username(), WRONG, address).andExpect(redirectedUrl("/inloggen?error"));
		}
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/inloggen?error"));
		formLogin(user.username(), TestFixtures.PASSWORD, newAddress()).andExpect(redirectedUrl("/inloggen?error"));

		letTheLockoutPass(user.username());
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("Issue 19.4: five wrong passwords with HTTP Basic lock the account, also for the login form")
	void locksAnAccountAfterFiveWrongBasicPasswordsUntilTheLockoutEnds() throws Exception {
		var user = professional();
		var address = newAddress();

		for (int i = 0; i < 4; i++) {
			basic(user.username(), WRONG, address).andExpect(status().isUnauthorized());
		}
		formLogin(user.username(), WRONG, address).andExpect(redirectedUrl("/inloggen?error"));
		basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/inloggen?error"));

		letTheLockoutPass(user.username());
		basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Issue 19.4: a right password before the fifth failure clears the count")
	void forgetsTheFailuresOfAnAccountAfterASuccessfulLogin() throws Exception {
		var user = professional();
		var address = newAddress();

		for (int i = 0; i < 4; i++) {
			basic(user.username(), WRONG, address).andExpect(status().isUnauthorized());
		}
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			basic(user.username(), WRONG, address).andExpect(status().isUnauthorized());
		}
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("Issue 19.4: failures, the lock, the unlock and logins are in the audit trail of the user's municipality, never the password")
	void recordsFailuresTheLockTheUnlockAndTheLoginInTheAuditTrailOfTheUsersMunicipality() throws Exception {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var otherAdmin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var address = newAddress();
		for (int i = 0; i < 5; i++) {
			formLogin(user.username(), WRONG, address);
		}

		mvc.perform(post("/api/v1/admin/locked-accounts/{username}/unlock", user.username())
						.with(TestFixtures.api(admin)))
				.andExpect(status().isNoContent());
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/"));

		var rows = jdbc.sql("""
				select action, actor_username, municipality_code, what from audit_event
				where subject = ? order by id""").param("account:" + user.username())
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
		assertThat(rows).extracting(row -> row.get(0)).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
				"LOGIN_FAILED", "LOGIN_FAILED", "ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "LOGIN_SUCCEEDED");
		assertThat(rows).extracting(row -> row.get(2)).containsOnly(world.municipality().value());
		assertThat(rows.get(5).get(1)).isEqualTo(user.username());
		assertThat(rows.get(5).get(3)).isEqualTo("Account vergrendeld na 5 mislukte pogingen, tot 16-11-2026 10:15");
		assertThat(rows.get(6).get(1)).isEqualTo(admin.username());
		assertThat(rows).extracting(row -> row.get(3)).noneMatch(what -> what.contains(WRONG) || what.contains(TestFixtures.PASSWORD));
		assertThat(jdbc.sql("select count(*) from audit_event where what like ? or subject like ?")
				.params("%" + WRONG + "%", "%" + WRONG + "%").query(Long.class).single()).isZero();

		var subject = "account:" + user.username();
		mvc.perform(get("/api/v1/audit/access-history").param("subject", subject)
						.with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].action", hasItem("ACCOUNT_LOCKED")))
				.andExpect(jsonPath("$[*].action", hasItem("ACCOUNT_UNLOCKED")));
		mvc.perform(get("/api/v1/audit/access-history").param("subject", subject)
						.with(TestFixtures.api(otherAdmin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	@DisplayName("Issue 19.4: the administrator sees the locked account and lifts the lock through the API; another municipality cannot")
	void letsTheAdministratorOfTheMunicipalitySeeAndLiftALockThroughTheApi() throws Exception {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var otherAdmin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var address = newAddress();
		for (int i = 0; i < 5; i++) {
			basic(user.username(), WRONG, address);
		}

		mvc.perform(get("/api/v1/admin/locked-accounts").with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].username").value(user.username()))
				.andExpect(jsonPath("$[0].displayName").value(user.displayName()))
				.andExpect(jsonPath("$[0].failures").value(5))
				.andExpect(jsonPath("$[0].lockedUntil").value("2026-11-16T09:15:00Z"));
		mvc.perform(get("/api/v1/admin/locked-accounts").with(TestFixtures.api(otherAdmin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].username", not(hasItem(user.username()))));
		mvc.perform(post("/api/v1/admin/locked-accounts/{username}/unlock", user.username())
						.with(TestFixtures.api(otherAdmin)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isUnauthorized());

		mvc.perform(post("/api/v1/admin/locked-accounts/{username}/unlock", user.username())
						.with(TestFixtures.api(admin)))
				.andExpect(status().isNoContent());

		basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isOk());
		mvc.perform(get("/api/v1/admin/locked-accounts").with(TestFixtures.api(admin)))
				.andExpect(jsonPath("$").isEmpty());
		mvc.perform(post("/api/v1/admin/locked-accounts/{username}/unlock", user.username())
						.with(TestFixtures.api(admin)))
				.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("Issue 19.4: the administrator sees the locked account on the page and lifts the lock there")
	void letsTheAdministratorLiftALockOnThePage() throws Exception {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var otherAdmin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var address = newAddress();
		for (int i = 0; i < 5; i++) {
			formLogin(user.username(), WRONG, address);
		}
		var session = TestFixtures.login(mvc, admin);
		var otherSession = TestFixtures.login(mvc, otherAdmin);

		mvc.perform(get("/beheer/vergrendelde-accounts").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(user.username())))
				.andExpect(content().string(containsString("16-11-2026 10:15")))
				.andExpect(content().string(containsString("Ontgrendelen")));
		mvc.perform(get("/beheer/vergrendelde-accounts").session(otherSession))
				.andExpect(content().string(not(containsString(user.username()))));
		unlockOnPage(otherSession, user).andExpect(flash().attribute("notLocked", user.username()));
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/inloggen?error"));

		unlockOnPage(session, user)
				.andExpect(redirectedUrl("/beheer/vergrendelde-accounts"))
				.andExpect(flash().attribute("unlocked", user.username()));

		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/"));
		mvc.perform(get("/beheer/vergrendelde-accounts").session(session))
				.andExpect(content().string(containsString("Het account " + user.username() + " is ontgrendeld.")))
				.andExpect(content().string(containsString("Er zijn nu geen vergrendelde accounts in uw gemeente.")));
	}

	@Test
	@DisplayName("Issue 19.4: an unknown username gets the same answer as a wrong password, and is locked alike")
	void answersAnUnknownUsernameExactlyAsAWrongPassword() throws Exception {
		var user = professional();
		var unknown = "bestaat-niet-" + user.username();
		var address = newAddress();

		var wrongPassword = basic(user.username(), WRONG, address).andReturn().getResponse();
		var unknownName = basic(unknown, WRONG, address).andReturn().getResponse();
		assertThat(unknownName.getStatus()).isEqualTo(wrongPassword.getStatus()).isEqualTo(401);
		assertThat(unknownName.getContentAsString()).isEqualTo(wrongPassword.getContentAsString());
		assertThat(unknownName.getHeaderNames()).containsExactlyInAnyOrderElementsOf(wrongPassword.getHeaderNames());
		formLogin(unknown, WRONG, address).andExpect(redirectedUrl("/inloggen?error"));
		formLogin(user.username(), WRONG, address).andExpect(redirectedUrl("/inloggen?error"));

		// Both names are counted the same way, so a lock tells nothing either.
		for (int i = 0; i < 3; i++) {
			basic(user.username(), WRONG, address);
			basic(unknown, WRONG, address);
		}
		assertThat(failuresOf(user.username())).isEqualTo(failuresOf(unknown)).isEqualTo(5);
		var lockedKnown = basic(user.username(), TestFixtures.PASSWORD, address).andReturn().getResponse();
		var lockedUnknown = basic(unknown, TestFixtures.PASSWORD, address).andReturn().getResponse();
		assertThat(lockedUnknown.getStatus()).isEqualTo(lockedKnown.getStatus()).isEqualTo(401);
		assertThat(lockedUnknown.getContentAsString()).isEqualTo(lockedKnown.getContentAsString());
		// The typed name may be a password: only its hash is stored.
		assertThat(jdbc.sql("select count(*) from login_failure where key_hash = ?").param(unknown)
				.query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("Issue 19.5: a Basic password is checked and recorded once, then remembered; the form always checks; a lock holds for remembered passwords too")
	void remembersAVerifiedBasicPasswordButNeverPastALock() throws Exception {
		var user = professional();
		var address = newAddress();

		for (int i = 0; i < 3; i++) {
			basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isOk());
		}
		assertThat(successfulLogins(user)).isEqualTo(1);
		formLogin(user.username(), TestFixtures.PASSWORD, address).andExpect(redirectedUrl("/"));
		assertThat(successfulLogins(user)).isEqualTo(2);

		// A lock as another instance of the application records it, which cannot clear this one's memory.
		jdbc.sql("""
				insert into login_failure (kind, key_hash, username, failures, last_failure_at, locked_until)
				values ('ACCOUNT', ?, ?, 5, '2026-11-16T09:00:00Z', '2026-11-16T09:15:00Z')""")
				.params(sha256(user.username()), user.username()).update();
		basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isUnauthorized());
		letTheLockoutPass(user.username());
		basic(user.username(), TestFixtures.PASSWORD, address).andExpect(status().isOk());
		assertThat(successfulLogins(user)).isEqualTo(2);
	}

	@Test
	@DisplayName("Issue 19.4: a name no account can have (a NUL character) is refused like any unknown name, not with an error")
	void refusesANameWithANulCharacterLikeAnUnknownName() throws Exception {
		var address = newAddress();

		basic("iemand\u0000anders", WRONG, address).andExpect(status().isUnauthorized());
		formLogin("iemand\u0000anders", WRONG, address).andExpect(redirectedUrl("/inloggen?error"));
		assertThat(failuresOf("iemand\u0000anders")).isEqualTo(2);
	}

	@Test
	@DisplayName("Issue 19.4: an address is locked after its maximum of failures, whatever the names, and only that address")
	void locksAnAddressAfterTooManyFailuresBehindTheForwardedHeaderSetting() throws Exception {
		var user = professional();
		var attacker = newAddress();
		var colleague = newAddress();
		var http = HttpClient.newHttpClient();

		// Twelve names, one wrong password each: no account reaches its limit, the address does.
		for (int i = 0; i < 12; i++) {
			assertThat(basicOverHttp(http, "geraden-" + i + "-" + user.username(), WRONG, attacker).statusCode())
					.isEqualTo(401);
		}

		assertThat(basicOverHttp(http, user.username(), TestFixtures.PASSWORD, attacker).statusCode()).isEqualTo(401);
		assertThat(basicOverHttp(http, user.username(), TestFixtures.PASSWORD, colleague).statusCode()).isEqualTo(200);
		basic(user.username(), TestFixtures.PASSWORD, attacker).andExpect(status().isUnauthorized());
		assertThat(failuresOf(user.username())).isZero();
	}

	@Test
	@DisplayName("Issue 19.5: many logins at once from one address get 429 (Basic) or a wait message (form) once its budget of password checks is spent, never a 5xx")
	void answers429WhenTheVerificationBudgetOfAnAddressIsSpent() throws Exception {
		var user = professional();
		var address = newAddress();
		var start = new CountDownLatch(1);
		var basic = new ArrayList<MockHttpServletResponse>();
		var form = new ArrayList<MockHttpServletResponse>();

		// The budget is taken before anything else, so all fifty reach it long before the first bcrypt check ends.
		var began = System.nanoTime();
		try (var executor = Executors.newFixedThreadPool(50)) {
			var basicCalls = new ArrayList<Future<MockHttpServletResponse>>();
			var formCalls = new ArrayList<Future<MockHttpServletResponse>>();
			for (int i = 0; i < 25; i++) {
				var name = "poging-" + i + "-" + user.username();
				Callable<MockHttpServletResponse> basicCall = () -> {
					start.await();
					return basic(name, WRONG, address).andReturn().getResponse();
				};
				Callable<MockHttpServletResponse> formCall = () -> {
					start.await();
					return formLogin(name + "-form", WRONG, address).andReturn().getResponse();
				};
				basicCalls.add(executor.submit(basicCall));
				formCalls.add(executor.submit(formCall));
			}
			start.countDown();
			for (int i = 0; i < 25; i++) {
				basic.add(basicCalls.get(i).get());
				form.add(formCalls.get(i).get());
			}
		}
		var seconds = (System.nanoTime() - began) / 1e9;

		assertThat(basic).extracting(MockHttpServletResponse::getStatus).containsOnly(401, 429).contains(429);
		assertThat(form).extracting(MockHttpServletResponse::getRedirectedUrl)
				.containsOnly("/inloggen?error", "/inloggen?te-veel").contains("/inloggen?te-veel");
		var tooMany = basic.stream().filter(response -> response.getStatus() == 429).findFirst().orElseThrow();
		assertThat(Long.parseLong(tooMany.getHeader("Retry-After"))).isBetween(1L, 2L);
		assertThat(tooMany.getContentType()).startsWith("application/problem+json");
		assertThat(tooMany.getContentAsString()).contains("\"status\":429", "Te veel pogingen");
		// Each password checked here was wrong and counted on the address: no more than the budget and its refill.
		assertThat(jdbc.sql("select failures from login_failure where kind = 'ADDRESS' and key_hash = ?")
				.param(sha256(address)).query(Integer.class).single()).isLessThanOrEqualTo(20 + (int) Math.ceil(20 * seconds));
		// Other addresses keep their own budget.
		basic(user.username(), TestFixtures.PASSWORD, newAddress()).andExpect(status().isOk());
	}

	private CurrentUser professional() {
		var world = fixtures.newWorld();
		return fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	private ResultActions formLogin(String username, String password, String address) throws Exception {
		return mvc.perform(post("/inloggen").param("username", username).param("password", password)
				.with(csrf()).with(from(address)));
	}

	/** A Basic call to the API that every role may make (the policy settings). */
	private ResultActions basic(String username, String password, String address) throws Exception {
		return mvc.perform(get("/api/v1/policy/norms").with(httpBasic(username, password)).with(from(address)));
	}

	private ResultActions unlockOnPage(MockHttpSession session, CurrentUser user) throws Exception {
		return mvc.perform(post("/beheer/vergrendelde-accounts/{username}/ontgrendelen", user.username())
				.session(session).with(csrf()));
	}

	/** Over HTTP through Tomcat, from the client address a proxy on 127.0.0.1 reports (X-Forwarded-For). */
	private HttpResponse<String> basicOverHttp(HttpClient http, String username, String password, String address)
			throws Exception {
		var credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/policy/norms"))
				.header("Authorization", "Basic " + credentials)
				.header("X-Forwarded-For", address)
				.timeout(Duration.ofSeconds(30))
				.GET().build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String newAddress() {
		return "10.19.4." + NEXT_ADDRESS.getAndIncrement();
	}

	private long successfulLogins(CurrentUser user) {
		return jdbc.sql("select count(*) from audit_event where subject = ? and action = 'LOGIN_SUCCEEDED'")
				.param("account:" + user.username()).query(Long.class).single();
	}

	private int failuresOf(String typedName) {
		return jdbc.sql("select coalesce(sum(failures), 0) from login_failure where kind = 'ACCOUNT' and key_hash = ?")
				.param(sha256(typedName)).query(Integer.class).single();
	}

	/** As if the lockout period had passed on the clock: the account's failures and lock move back by as much. */
	private void letTheLockoutPass(String username) {
		var moved = jdbc.sql("""
				update login_failure set last_failure_at = last_failure_at - interval '15 minutes',
				    locked_until = locked_until - interval '15 minutes'
				where kind = 'ACCOUNT' and key_hash = ?""").param(sha256(username)).update();
		assertThat(moved).isEqualTo(1);
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
