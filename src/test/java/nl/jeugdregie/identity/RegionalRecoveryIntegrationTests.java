package nl.jeugdregie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14 item 2 (ADR 0045): the regional administrator helps a municipality's administrator back in. A new
 * one-time password while she has not logged in yet (lost the first), and removing her second step when she is locked
 * out of it; each after a check step, shown once, audited, and of two at once only one takes effect.
 */
@IntegrationTest
@DisplayName("Issue 14 item 2: the regional administrator reissues a first one-time password and resets a second step")
class RegionalRecoveryIntegrationTests {

	private static final AtomicInteger NEXT_CODE = new AtomicInteger(8600);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("Issue 14.2: a new first one-time password through the API, shown once; the lost one stops working; audited; refused once she chose her own")
	void reissuesTheFirstOneTimePasswordThroughTheApi() throws Exception {
		var regional = regionalAdministrator();
		var setUp = municipalityWithFirstAdministrator(regional);
		var administrators = "/api/v1/admin/municipalities/{c}/administrators";
		var reissue = administrators + "/{u}/one-time-password";

		var list = mvc.perform(as(regional, get(administrators, setUp.gm())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].username").value(setUp.username()))
				.andExpect(jsonPath("$[0].passwordChangeRequired").value(true))
				.andExpect(jsonPath("$[0].secondStep").value("NOT_SET_UP"))
				.andReturn().getResponse().getContentAsString();
		long version = ((Number) JsonPath.read(list, "$[0].version")).longValue();
		mvc.perform(as(regional, post(reissue, setUp.gm(), setUp.username()))).andExpect(status().isPreconditionRequired());

		var answer = mvc.perform(as(regional, post(reissue, setUp.gm(), setUp.username()).header("If-Match", "\"" + version + "\"")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(setUp.username()))
				.andExpect(jsonPath("$.version").value(version + 1))
				.andReturn().getResponse().getContentAsString();
		String fresh = JsonPath.read(answer, "$.oneTimePassword");
		assertThat(fresh).hasSize(19).isNotEqualTo(setUp.oneTimePassword());

		// The new one opens the account (to choose her own password); the lost one no longer does.
		formLogin(setUp.username(), fresh).andExpect(redirectedUrl("/"));
		formLogin(setUp.username(), setUp.oneTimePassword()).andExpect(redirectedUrl("/inloggen?error"));
		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and actor_username = ? and what like ?")
				.params("gebruiker:" + setUp.username(), regional.username(), "Nieuw eenmalig wachtwoord%")
				.query(Long.class).single()).isEqualTo(1);

		// Once she chose her own password, it is hers: the regional administrator is refused.
		jdbc.sql("update app_user set password_change_required = false, version = version + 1 where username = ?")
				.param(setUp.username()).update();
		mvc.perform(as(regional, post(reissue, setUp.gm(), setUp.username()).header("If-Match", "\"" + (version + 2) + "\"")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString("al een eigen wachtwoord gekozen")));
	}

	@Test
	@DisplayName("Issue 14.2: six reissues at once with the same version give one valid one-time password; the others 409")
	void givesOnePasswordWhenSixReissuesRace() throws Exception {
		var regional = regionalAdministrator();
		var setUp = municipalityWithFirstAdministrator(regional);
		long version = jdbc.sql("select version from app_user where username = ?").param(setUp.username())
				.query(Long.class).single();
		var start = new CountDownLatch(1);
		var calls = new ArrayList<Callable<String>>();
		for (var i = 0; i < 6; i++) {
			calls.add(() -> {
				start.await();
				var response = mvc.perform(as(regional, post("/api/v1/admin/municipalities/{c}/administrators/{u}/one-time-password",
						setUp.gm(), setUp.username()).header("If-Match", "\"" + version + "\""))).andReturn().getResponse();
				return response.getStatus() + " " + response.getContentAsString();
			});
		}
		var answers = new ArrayList<String>();
		try (var pool = Executors.newFixedThreadPool(6)) {
			var futures = new ArrayList<Future<String>>();
			for (var call : calls) {
				futures.add(pool.submit(call));
			}
			start.countDown();
			for (var future : futures) {
				answers.add(future.get());
			}
		}
		var issued = answers.stream().filter(a -> a.startsWith("200 ")).toList();
		assertThat(issued).hasSize(1);
		assertThat(answers.stream().filter(a -> a.startsWith("409 "))).hasSize(5);
		String password = JsonPath.read(issued.getFirst().substring(4), "$.oneTimePassword");
		formLogin(setUp.username(), password).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("Issue 14.2: the regional administrator removes the second step of an administrator locked out of it, once; audited")
	void resetsTheSecondStepOfALockedOutAdministrator() throws Exception {
		var regional = regionalAdministrator();
		var setUp = municipalityWithFirstAdministrator(regional);
		lockedSecondStep(setUp.username());
		var reset = "/api/v1/admin/municipalities/{c}/administrators/{u}/second-step/reset";

		mvc.perform(as(regional, get("/api/v1/admin/municipalities/{c}/administrators", setUp.gm())))
				.andExpect(jsonPath("$[0].secondStep").value("LOCKED"));
		var start = new CountDownLatch(1);
		var calls = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 4; i++) {
			calls.add(() -> {
				start.await();
				return mvc.perform(as(regional, post(reset, setUp.gm(), setUp.username()))).andReturn().getResponse().getStatus();
			});
		}
		var statuses = new ArrayList<Integer>();
		try (var pool = Executors.newFixedThreadPool(4)) {
			var futures = new ArrayList<Future<Integer>>();
			for (var call : calls) {
				futures.add(pool.submit(call));
			}
			start.countDown();
			for (var future : futures) {
				statuses.add(future.get());
			}
		}
		assertThat(statuses).containsOnlyOnce(204).filteredOn(s -> s != 204).containsOnly(422);
		assertThat(jdbc.sql("select count(*) from second_factor where username = ?").param(setUp.username())
				.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET' and subject = ? "
				+ "and actor_username = ?").params("account:" + setUp.username(), regional.username())
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("Issue 14.2: on the screens both go through a check step; the password is shown once; an old version gets 'Fout:' and nothing changes")
	void helpsAnAdministratorBackInOnTheScreens() throws Exception {
		var regional = regionalAdministrator();
		var setUp = municipalityWithFirstAdministrator(regional);
		lockedSecondStep(setUp.username());
		var session = TestFixtures.login(mvc, regional);
		var page = "/beheer/gemeenten/" + setUp.gm();
		var password = page + "/beheerders/" + setUp.username() + "/wachtwoord";
		var secondStep = page + "/beheerders/" + setUp.username() + "/tweede-stap";
		long version = jdbc.sql("select version from app_user where username = ?").param(setUp.username())
				.query(Long.class).single();

		mvc.perform(get(page).session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Nieuw eenmalig wachtwoord")))
				.andExpect(content().string(containsString("Tweede stap herstellen")))
				.andExpect(content().string(containsString("tweede stap vergrendeld")));
		mvc.perform(get(password).session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Nieuw eenmalig wachtwoord maken")));
		mvc.perform(post(password).session(session).with(csrf()).param("version", String.valueOf(version - 1)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Nieuw eenmalig wachtwoord")))
				.andExpect(content().string(containsString("Iemand anders heeft dit net gewijzigd")));
		var issued = mvc.perform(post(password).session(session).with(csrf()).param("version", String.valueOf(version)))
				.andExpect(redirectedUrl(page))
				.andExpect(flash().attribute("administrator", setUp.username()))
				.andReturn().getFlashMap().get("oneTimePassword");
		assertThat(issued).isNotNull();
		formLogin(setUp.username(), String.valueOf(issued)).andExpect(redirectedUrl("/"));

		mvc.perform(get(secondStep).session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Tweede stap verwijderen")));
		mvc.perform(post(secondStep).session(session).with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(post(secondStep).session(session).with(csrf())).andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Tweede stap herstellen")))
				.andExpect(content().string(containsString("geen tweede stap ingesteld")));
	}

	/** A municipality of the regional administrator's region with its first administrator, made through the API. */
	private record SetUp(String gm, String username, String oneTimePassword) {}

	private SetUp municipalityWithFirstAdministrator(CurrentUser regional) throws Exception {
		var code = NEXT_CODE.getAndIncrement();
		var gm = "GM" + code;
		mvc.perform(as(regional, post("/api/v1/admin/municipalities").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + gm + "\",\"name\":\"Hulpdorp " + code + "\"}"))).andExpect(status().isCreated());
		var username = "eerste-" + code + "-" + UUID.randomUUID().toString().substring(0, 6);
		var created = mvc.perform(as(regional, post("/api/v1/admin/municipalities/{c}/first-administrator", gm)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + username + "\",\"name\":\"Iris de Wit\",\"email\":\"" + username + "@dorp.nl\"}")))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new SetUp(gm, username, JsonPath.read(created, "$.oneTimePassword"));
	}

	/** An administrator whose second step is set up and locked after five wrong codes. */
	private void lockedSecondStep(String username) {
		jdbc.sql("""
				insert into second_factor (username, sealed_secret, enrolled_at, failures, last_failure_at, locked_until)
				values (?, ?, now(), 5, now(), now() + interval '100 years')""")
				.params(username, new byte[] { 1, 2, 3 }).update();
	}

	private org.springframework.test.web.servlet.ResultActions formLogin(String username, String password) throws Exception {
		return mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/inloggen").user(username).password(password));
	}

	private CurrentUser regionalAdministrator() {
		var world = fixtures.newWorld();
		var region = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into region (code, name) values (?, ?)").params(region, "Testregio " + region).update();
		jdbc.sql("update municipality set region_code = ? where code = ?").params(region, world.municipality().value())
				.update();
		return fixtures.user(Role.REGIONAL_ADMINISTRATOR, world.municipality(), null);
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestFixtures.api(user));
	}
}
