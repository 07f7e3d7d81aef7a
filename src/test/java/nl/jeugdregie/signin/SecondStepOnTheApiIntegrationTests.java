package nl.jeugdregie.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14 item 3 (ADR 0045): HTTP Basic would let an account with a second login step in on its password
 * alone. Such an account (its role requires the step, or it set one up) is refused on Basic with the same answer as a
 * wrong password; the try is audited and counted like a failed login; API tokens keep working.
 */
@IntegrationTest
@DisplayName("Issue 14.3 (SEC-1): an account with a second login step cannot use its password on the API")
class SecondStepOnTheApiIntegrationTests {

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
	private static final String WRONG = "fout-wachtwoord-99";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("Issue 14.3: an administrator's right password on HTTP Basic gets the same 401 as a wrong one, audited and counted")
	void refusesAnAdministratorsRightPasswordOnBasicExactlyLikeAWrongOne() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);

		var right = basic(admin.username(), TestFixtures.PASSWORD, newAddress());
		letTheDelayPass(admin.username());
		var wrong = basic(admin.username(), WRONG, newAddress());
		var unknown = basic("niemand-" + admin.username(), WRONG, newAddress());

		assertThat(right.getStatus()).isEqualTo(401);
		assertThat(right.getContentType()).startsWith("application/problem+json");
		assertThat(right.getContentAsString(StandardCharsets.UTF_8)).contains("API-sleutel").contains("inlogdienst");
		// Nothing in the answer tells a right password from a wrong one, or a known name from an unknown one.
		assertThat(wrong.getStatus()).isEqualTo(401);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(right.getContentAsString(StandardCharsets.UTF_8));
		assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(right.getContentAsString(StandardCharsets.UTF_8));
		assertThat(failuresOf(admin.username())).isEqualTo(2);
		assertThat(jdbc.sql("select what from audit_event where subject = ? and action = 'LOGIN_FAILED' order by id")
				.param("account:" + admin.username()).query(String.class).list())
				.containsExactly("Inloggen met wachtwoord op de API geweigerd: dit account logt in met een tweede stap en "
						+ "gebruikt op de API een API-sleutel of de inlogdienst (poging 1)",
						"Inloggen met wachtwoord op de API geweigerd: dit account logt in met een tweede stap en "
								+ "gebruikt op de API een API-sleutel of de inlogdienst (poging 2)");
		// The way in for systems: an API token of the account.
		mvc.perform(get("/api/v1/admin/users").with(TestFixtures.api(admin))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Issue 14.3: five right passwords of an administrator on Basic lock the account like five wrong ones")
	void locksAnAdministratorAfterFiveBasicTriesWithTheRightPassword() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var address = newAddress();

		for (int i = 0; i < 5; i++) {
			assertThat(basic(admin.username(), TestFixtures.PASSWORD, address).getStatus()).isEqualTo(401);
			letTheDelayPass(admin.username());
		}

		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and action = 'ACCOUNT_LOCKED'")
				.param("account:" + admin.username()).query(Long.class).single()).isEqualTo(1);
		// Locked also for the login form.
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/inloggen")
						.user(admin.username()).password(TestFixtures.PASSWORD))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/inloggen?error"));
	}

	@Test
	@DisplayName("Issue 14.3: the regional administrator is refused on Basic too; a professional is not")
	void refusesTheRegionalAdministratorButNotAProfessional() throws Exception {
		var world = fixtures.newWorld();
		var regional = fixtures.user(Role.REGIONAL_ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		assertThat(basic(regional.username(), TestFixtures.PASSWORD, newAddress()).getStatus()).isEqualTo(401);
		assertThat(basic(professional.username(), TestFixtures.PASSWORD, newAddress()).getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("Issue 14.3: a professional who set up the second step herself is refused on Basic as well")
	void refusesAProfessionalWhoSetUpASecondStep() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		assertThat(basic(professional.username(), TestFixtures.PASSWORD, newAddress()).getStatus()).isEqualTo(200);

		jdbc.sql("insert into second_factor (username, sealed_secret, enrolled_at) values (?, ?, now())")
				.params(professional.username(), new byte[] { 1, 2, 3 }).update();

		// Also when the password was remembered from the call before (no shortcut past the step).
		assertThat(basic(professional.username(), TestFixtures.PASSWORD, newAddress()).getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("Issue 14.3: a password remembered from the administrator's form login opens no Basic call")
	void aFormLoginLeavesNoRememberedPasswordForBasic() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		TestFixtures.login(mvc, admin);

		assertThat(basic(admin.username(), TestFixtures.PASSWORD, newAddress()).getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("Issue 14.3: eight Basic calls of an administrator at once are all refused, and all counted")
	void refusesParallelBasicCallsOfAnAdministrator() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var start = new CountDownLatch(1);
		var calls = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < 8; i++) {
			var address = newAddress();
			calls.add(() -> {
				start.await();
				return basic(admin.username(), TestFixtures.PASSWORD, address).getStatus();
			});
		}
		try (var pool = Executors.newFixedThreadPool(8)) {
			var futures = new ArrayList<Future<Integer>>();
			for (var call : calls) {
				futures.add(pool.submit(call));
			}
			start.countDown();
			for (var future : futures) {
				assertThat(future.get()).isEqualTo(401);
			}
		}
		// Some tries fall in the wait after a failure and are refused unchecked; none gets in.
		assertThat(failuresOf(admin.username())).isBetween(1, 8);
	}

	private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
		// The policy settings: a call every role may make.
		return mvc.perform(get("/api/v1/policy/norms").with(httpBasic(username, password)).with(from(address)))
				.andReturn().getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String newAddress() {
		return "10.14.3." + NEXT_ADDRESS.getAndIncrement();
	}

	private int failuresOf(String typedName) {
		return jdbc.sql("select coalesce(sum(failures), 0) from login_failure where kind = 'ACCOUNT' and key_hash = ?")
				.param(sha256(typedName)).query(Integer.class).single();
	}

	/** As if the wait after a failure had passed: the account's last failure moves back a minute. */
	private void letTheDelayPass(String username) {
		jdbc.sql("update login_failure set last_failure_at = last_failure_at - interval '2 minutes' "
				+ "where kind = 'ACCOUNT' and key_hash = ?").param(sha256(username)).update();
	}

	private static String sha256(String text) throws IllegalStateException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
