package nl.jeugdregie.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19 item 5: API tokens for systems. The administrator issues them for an account of the municipality and
 * sees the token once; only the SHA-256 hash of its secret is stored. A call with {@code Authorization: Bearer}
 * acts as the account, with its role and municipality, without bcrypt, and every use is counted.
 */
@IntegrationTest
@DisplayName("Issue 19 item 5: API tokens, issued and revoked by the administrator, shown once, stored as a hash")
class ApiTokenIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("jr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
	private static final String REGISTRATION = """
			{"givenName":"Sem","familyName":"de Jong","dateOfBirth":"2016-03-01","bsn":"123456782",
			 "carerName":"Anna de Jong","carerRelation":"moeder","channel":"PHONE","referrer":"SCHOOL",
			 "question":"Zorgen over gedrag op school."}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Value("${local.server.port}") int port;

	@Test
	@DisplayName("Issue 19.5: the API issues a token once; the database keeps only the SHA-256 hash of its secret")
	void issuesATokenThroughTheApiShownOnceAndStoredOnlyAsAHash() throws Exception {
		var world = fixtures.newWorld();
		var admin = admin(world);
		var system = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		var body = mvc.perform(post("/api/v1/admin/api-tokens").with(basic(admin))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + system.username() + "\",\"description\":\"Zaaksysteem\",\"validDays\":30}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", matchesPattern("/api/v1/admin/api-tokens/[0-9a-f]{16}")))
				.andExpect(jsonPath("$.token", matchesPattern(TOKEN.pattern())))
				.andExpect(jsonPath("$.username").value(system.username()))
				.andExpect(jsonPath("$.expiresAt").value("2026-12-16T09:00:00Z"))
				.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		var parts = TOKEN.matcher(token);
		assertThat(parts.matches()).isTrue();
		var id = parts.group(1);
		var secret = parts.group(2);

		var row = jdbc.sql("select t::text from api_token t where id = ?").param(id).query(String.class).single();
		assertThat(row).doesNotContain(secret);
		assertThat(jdbc.sql("select secret_hash from api_token where id = ?").param(id).query(String.class).single())
				.isEqualTo(sha256(secret));
		mvc.perform(get("/api/v1/admin/api-tokens").with(basic(admin)))
				.andExpect(status().isOk())
				// The administrator's own token (issued with the same fixed clock) may be listed first: find this one.
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].username").value(system.username()))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].description").value("Zaaksysteem"))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].issuedBy").value(admin.username()))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].useCount").value(0))
				.andExpect(content().string(not(containsString(secret))))
				.andExpect(content().string(not(containsString(sha256(secret)))));
		assertThat(auditActions("api-token:" + id)).containsExactly("TOKEN_ISSUED " + world.municipality().value());
	}

	@Test
	@DisplayName("Issue 19.5: the page shows a new token in its answer once, and never again")
	void issuesATokenOnThePageShownOnce() throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, admin(world));
		var system = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());

		var page = mvc.perform(post("/beheer/api-tokens").session(session).with(csrf())
						.param("username", system.username()).param("description", "Koppeling zaaksysteem")
						.param("validDays", "7"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("u ziet hem maar één keer")))
				.andReturn().getResponse().getContentAsString();
		var shown = TOKEN.matcher(page);
		assertThat(shown.find()).isTrue();

		mvc.perform(get("/beheer/api-tokens").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(shown.group(1))))
				.andExpect(content().string(containsString("Koppeling zaaksysteem")))
				.andExpect(content().string(not(containsString(shown.group(2)))));
		bearer(get("/api/v1/worklist"), shown.group()).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Issue 19.5: the page refuses a form without account or purpose, or with a validity out of bounds")
	void refusesAnIncompleteFormOnThePageWithAnErrorSummary() throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, admin(world));
		var otherMunicipalityUser = fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null);

		mvc.perform(post("/beheer/api-tokens").session(session).with(csrf()).param("username", "")
						.param("description", "").param("validDays", "veel"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: API-sleutels – Jeugdregie</title>")))
				.andExpect(content().string(containsString("Vul de gebruikersnaam van het account in.")))
				.andExpect(content().string(containsString("Schrijf waarvoor de sleutel is.")))
				.andExpect(content().string(containsString("Vul een aantal dagen in van 1 tot 90.")))
				.andExpect(content().string(not(matchesPattern("(?s).*jr_[0-9a-f]{16}_.*"))));
		mvc.perform(post("/beheer/api-tokens").session(session).with(csrf())
						.param("username", otherMunicipalityUser.username()).param("description", "Koppeling")
						.param("validDays", "91"))
				.andExpect(content().string(containsString("Er is geen account met deze gebruikersnaam in uw gemeente.")));
		assertThat(jdbc.sql("select count(*) from api_token where account_username = ?")
				.param(otherMunicipalityUser.username()).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("Issue 19.5: the API refuses missing fields and a validity outside 1 to 90 days")
	void refusesBadIssueRequestsThroughTheApi() throws Exception {
		var world = fixtures.newWorld();
		var admin = admin(world);
		var system = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		mvc.perform(post("/api/v1/admin/api-tokens").with(basic(admin)).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "description")));
		for (var days : new int[] { 0, 91 }) {
			mvc.perform(post("/api/v1/admin/api-tokens").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
							.content("{\"username\":\"" + system.username() + "\",\"description\":\"x\",\"validDays\":" + days + "}"))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("validDays"));
		}
		assertThat(jdbc.sql("select count(*) from api_token where account_username = ?").param(system.username())
				.query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("Issue 19.5: a Bearer call acts as the account, with its role and municipality, and every use is counted")
	void actsAsTheAccountWithItsRoleAndMunicipalityAndCountsEveryUse() throws Exception {
		var oss = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var ossWorker = fixtures.user(Role.YOUTH_PROFESSIONAL, oss.municipality(), oss.team());
		var otherWorker = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var ossToken = issue(admin(oss), ossWorker, null);
		var otherToken = issue(admin(elsewhere), otherWorker, null);
		var registered = mvc.perform(post("/api/v1/help-requests").with(bearer(ossToken))
						.contentType(MediaType.APPLICATION_JSON).content(REGISTRATION))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		var helpRequest = UUID.fromString(JsonPath.read(registered, "$.id"));

		bearer(get("/api/v1/help-requests/{id}", helpRequest), ossToken).andExpect(status().isOk());
		bearer(get("/api/v1/worklist"), ossToken).andExpect(status().isOk()).andExpect(jsonPath("$.waiting").value(1));
		bearer(get("/api/v1/audit/verification"), ossToken).andExpect(status().isForbidden());
		bearer(get("/api/v1/help-requests/{id}", helpRequest), otherToken).andExpect(status().isNotFound());
		bearer(get("/api/v1/worklist"), otherToken).andExpect(jsonPath("$.waiting").value(0));

		var use = jdbc.sql("select use_count, last_used_at from api_token where account_username = ?")
				.param(ossWorker.username())
				.query((rs, n) -> rs.getLong(1) + " " + rs.getObject(2, OffsetDateTime.class).toInstant()).single();
		assertThat(use).isEqualTo("4 2026-11-16T09:00:00Z");
		assertThat(jdbc.sql("select actor_username from audit_event where client_id = (select client_id from help_request where id = ?) and action = 'CREATE'")
				.param(helpRequest).query(String.class).single()).isEqualTo(ossWorker.username());
	}

	@Test
	@DisplayName("Issue 19.5: expired, revoked, unknown and malformed tokens get 401 problem+json")
	void refusesExpiredRevokedUnknownAndMalformedTokens() throws Exception {
		var world = fixtures.newWorld();
		var admin = admin(world);
		var system = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var expiring = issue(admin, system, 1);
		var revoked = issue(admin, system, null);
		var parts = TOKEN.matcher(revoked);
		assertThat(parts.matches()).isTrue();

		// One day later on the clock: the expiry moves back by as much.
		jdbc.sql("update api_token set expires_at = expires_at - interval '1 day' where id = ?")
				.param(TOKEN.matcher(expiring).results().findFirst().orElseThrow().group(1)).update();
		mvc.perform(post("/api/v1/admin/api-tokens/{id}/revoke", parts.group(1)).with(basic(admin)))
				.andExpect(status().isNoContent());

		for (var token : new String[] { expiring, revoked, "jr_" + parts.group(1) + "_" + "A".repeat(43),
				"jr_0000000000000000_" + parts.group(2), "jr_kapot", "" }) {
			bearer(get("/api/v1/worklist"), token)
					.andExpect(status().isUnauthorized())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(header().string("WWW-Authenticate", "Bearer"))
					.andExpect(jsonPath("$.status").value(401))
					.andExpect(jsonPath("$.title").value("Niet ingelogd"));
		}
		mvc.perform(post("/api/v1/admin/api-tokens/{id}/revoke", parts.group(1)).with(basic(admin)))
				.andExpect(status().isNotFound());
		assertThat(auditActions("api-token:" + parts.group(1)))
				.containsExactly("TOKEN_ISSUED " + world.municipality().value(), "TOKEN_REVOKED " + world.municipality().value());
		assertThat(jdbc.sql("select sum(use_count) from api_token where account_username = ?").param(system.username())
				.query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("Issue 19.5: a token stops working when its account is disabled")
	void refusesATokenOfADisabledAccount() throws Exception {
		var world = fixtures.newWorld();
		var system = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var token = issue(admin(world), system, null);
		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());

		jdbc.sql("update app_user set enabled = false where username = ?").param(system.username()).update();

		bearer(get("/api/v1/worklist"), token).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("Issue 19.5: only an administrator of the account's municipality issues, sees and revokes its tokens")
	void keepsTokensWithinTheMunicipalityOfTheAdministrator() throws Exception {
		var oss = fixtures.newWorld();
		var ossAdmin = admin(oss);
		var otherAdmin = admin(fixtures.newWorld());
		var system = fixtures.user(Role.YOUTH_PROFESSIONAL, oss.municipality(), oss.team());
		var token = issue(ossAdmin, system, null);
		var id = TOKEN.matcher(token).results().findFirst().orElseThrow().group(1);

		mvc.perform(post("/api/v1/admin/api-tokens").with(basic(otherAdmin)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + system.username() + "\",\"description\":\"Overname\"}"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/admin/api-tokens").with(basic(otherAdmin)))
				.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		mvc.perform(post("/api/v1/admin/api-tokens/{id}/revoke", id).with(basic(otherAdmin)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/beheer/api-tokens/{id}/intrekken", id).session(TestFixtures.login(mvc, otherAdmin)))
				.andExpect(redirectedUrl("/beheer/api-tokens"))
				.andExpect(flash().attribute("notRevoked", id));

		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Issue 19.5: revoking on the page goes through a check step, after which the token no longer works")
	void revokesATokenOnThePageAfterACheckStep() throws Exception {
		var world = fixtures.newWorld();
		var admin = admin(world);
		var system = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var token = issue(admin, system, null);
		var id = TOKEN.matcher(token).results().findFirst().orElseThrow().group(1);
		var session = TestFixtures.login(mvc, admin);

		mvc.perform(get("/beheer/api-tokens/{id}/intrekken", id).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("API-sleutel intrekken?")))
				.andExpect(content().string(containsString(system.username())));
		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());

		mvc.perform(post("/beheer/api-tokens/{id}/intrekken", id).session(session).with(csrf()))
				.andExpect(redirectedUrl("/beheer/api-tokens"))
				.andExpect(flash().attribute("revoked", id));

		bearer(get("/api/v1/worklist"), token).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("Issue 19.5: twenty Bearer calls at once all succeed, each one counted")
	// The norms: a read every role may make that opens no client file (file reads are item 1's concurrency test).
	void servesTwentyConcurrentBearerCalls() throws Exception {
		var world = fixtures.newWorld();
		var system = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var token = issue(admin(world), system, null);
		var http = HttpClient.newHttpClient();
		var start = new CountDownLatch(1);
		var statuses = new ArrayList<Integer>();

		try (var executor = Executors.newFixedThreadPool(20)) {
			var calls = new ArrayList<Future<Integer>>();
			for (int i = 0; i < 20; i++) {
				Callable<Integer> call = () -> {
					start.await();
					var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/policy/norms"))
							.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
					return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
				};
				calls.add(executor.submit(call));
			}
			start.countDown();
			for (var call : calls) {
				statuses.add(call.get());
			}
		}

		assertThat(statuses).hasSize(20).containsOnly(200);
		assertThat(jdbc.sql("select use_count from api_token where account_username = ?").param(system.username())
				.query(Long.class).single()).isEqualTo(20);
	}

	@Test
	@DisplayName("Issue 19 P1 (ADR 0053): a token used a moment ago and then revoked through the API stops at once")
	void stopsATokenJustUsedWhenRevoked() throws Exception {
		var world = fixtures.newWorld();
		var admin = admin(world);
		var system = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var token = issue(admin, system, null);
		var id = TOKEN.matcher(token).results().findFirst().orElseThrow().group(1);
		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());
		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());

		mvc.perform(post("/api/v1/admin/api-tokens/{id}/revoke", id).with(basic(admin)))
				.andExpect(status().isNoContent());

		bearer(get("/api/v1/worklist"), token).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select use_count from api_token where id = ?").param(id).query(Long.class).single())
				.as("every admitted use counted, also those verified a moment before").isEqualTo(2);
	}

	@Test
	@DisplayName("Issue 19 P1 (ADR 0053): right after a token was used, its id with another secret is still refused")
	void refusesAnotherSecretForATokenJustUsed() throws Exception {
		var world = fixtures.newWorld();
		var system = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var token = issue(admin(world), system, null);
		var parts = TOKEN.matcher(token);
		assertThat(parts.matches()).isTrue();
		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());

		var secret = parts.group(2);
		var other = secret.charAt(0) == 'A' ? "B" + secret.substring(1) : "A" + secret.substring(1);
		bearer(get("/api/v1/worklist"), "jr_" + parts.group(1) + "_" + other).andExpect(status().isUnauthorized());
		bearer(get("/api/v1/worklist"), token).andExpect(status().isOk());
	}

	private CurrentUser admin(World world) {
		return fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
	}

	/** Issues a token through the API and returns it. */
	private String issue(CurrentUser admin, CurrentUser account, Integer days) throws Exception {
		var body = mvc.perform(post("/api/v1/admin/api-tokens").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + account.username() + "\",\"description\":\"Koppeling\""
								+ (days == null ? "" : ",\"validDays\":" + days) + "}"))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private ResultActions bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token) throws Exception {
		return mvc.perform(request.with(bearer(token)));
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}

	private java.util.List<String> auditActions(String subject) {
		return jdbc.sql("select action || ' ' || municipality_code from audit_event where subject = ? order by id")
				.param(subject).query(String.class).list();
	}

	private static String sha256(String value) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
	}
}
