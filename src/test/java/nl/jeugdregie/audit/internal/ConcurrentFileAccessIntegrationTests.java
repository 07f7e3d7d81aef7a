package nl.jeugdregie.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: a burst of people opening one file and their worklist at the same moment, through the real server and
 * the application's own connection pool. Before ADR 0019 each audited read needed a second connection while its
 * request held the first, so a burst larger than the pool stalled every request for 30 seconds and answered 500.
 */
@IntegrationTest
@DisplayName("Issue 19, SEC-2: three times the pool size of simultaneous file reads, refusals and worklists all succeed")
class ConcurrentFileAccessIntegrationTests {

	/** A request that stalls for want of a connection waits 30 s in the pool; a healthy burst ends in a second or two. */
	private static final Duration SLOWEST_ACCEPTABLE = Duration.ofSeconds(10);
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired DataSource dataSource;
	@Autowired JdbcClient jdbc;
	@Autowired AuditChainVerifier verifier;
	@Autowired ChainCutovers cutovers;
	@LocalServerPort int port;
	@Value("${jeugdregie.db.pool-size}") int configuredPoolSize;

	/** What one kind of request is, and the status it must get. */
	private enum Attempt {
		/** The owning team's professional opens the file: shown and audited as a read. */
		OWNER_READS(200, true),
		/** The owning team's professional opens the worklist: shown and audited as one read of the list. */
		OWNER_VIEWS_WORKLIST(200, true),
		/** A case worker of another team, without a reason: asked for one, and the attempt audited (NEN 7513). */
		OTHER_TEAM_WITHOUT_REASON(200, true),
		/** The same case worker with a reason: shown and audited as a read with that reason. */
		OTHER_TEAM_WITH_REASON(200, true),
		/** A policy officer of the municipality: 403, audited as a refusal. */
		ROLE_NOT_ALLOWED(403, true),
		/** A professional of another municipality: 404, audited as a refusal in the file's municipality's chain. */
		OTHER_MUNICIPALITY(404, true);

		final int status;
		final boolean audited;

		Attempt(int status, boolean audited) {
			this.status = status;
			this.audited = audited;
		}
	}

	private record Outcome(Attempt attempt, int status, Duration took, String body) {}

	@Test
	void answersEveryRequestOfABurstOfThreeTimesThePoolSizeAndAuditsEachAccess() throws Exception {
		var poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		assertThat(poolSize).as("the application's real pool, as configured").isEqualTo(configuredPoolSize);
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var owner = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var colleague = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var stranger = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var registered = (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Visser",
				LocalDate.of(2015, 4, 2), null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding."),
				owner, Instant.parse("2026-11-10T09:00:00Z"));
		var file = "/hulpvragen/" + registered.id();
		var sessions = Map.of(owner, logIn(owner), colleague, logIn(colleague), policyOfficer, logIn(policyOfficer),
				stranger, logIn(stranger));
		var colleagueCsrf = csrfToken(sessions.get(colleague), file);
		var lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();

		var attempts = Attempt.values();
		var burst = 3 * poolSize;
		var start = new CountDownLatch(1);
		var work = new ArrayList<Callable<Outcome>>();
		for (int i = 0; i < burst; i++) {
			var attempt = attempts[i % attempts.length];
			var request = switch (attempt) {
				case OWNER_READS -> get(file);
				case OWNER_VIEWS_WORKLIST -> get("/werklijst");
				case OTHER_TEAM_WITHOUT_REASON, ROLE_NOT_ALLOWED, OTHER_MUNICIPALITY -> get(file);
				case OTHER_TEAM_WITH_REASON -> post(file + "/inzage",
						"reason=" + URLEncoder.encode("Waarneming tijdens vakantie collega", StandardCharsets.UTF_8)
								+ "&_csrf=" + URLEncoder.encode(colleagueCsrf, StandardCharsets.UTF_8));
			};
			var client = sessions.get(switch (attempt) {
				case OWNER_READS, OWNER_VIEWS_WORKLIST -> owner;
				case OTHER_TEAM_WITHOUT_REASON, OTHER_TEAM_WITH_REASON -> colleague;
				case ROLE_NOT_ALLOWED -> policyOfficer;
				case OTHER_MUNICIPALITY -> stranger;
			});
			work.add(() -> {
				start.await();
				var began = System.nanoTime();
				try {
					var response = client.send(request, HttpResponse.BodyHandlers.ofString());
					return new Outcome(attempt, response.statusCode(), Duration.ofNanos(System.nanoTime() - began),
							response.body());
				} catch (IOException e) {
					return new Outcome(attempt, -1, Duration.ofNanos(System.nanoTime() - began), e.toString());
				}
			});
		}
		var outcomes = new ArrayList<Outcome>();
		try (var executor = Executors.newFixedThreadPool(burst)) {
			var futures = work.stream().map(executor::submit).toList();
			start.countDown();
			for (var future : futures) {
				outcomes.add(future.get(2, TimeUnit.MINUTES));
			}
		}

		assertThat(outcomes).hasSize(burst).allSatisfy(outcome -> {
			assertThat(outcome.status()).as(outcome.attempt() + " answered").isEqualTo(outcome.attempt().status);
			assertThat(outcome.took()).as(outcome.attempt() + " took").isLessThan(SLOWEST_ACCEPTABLE);
		});
		assertThat(outcomes).filteredOn(o -> o.attempt() == Attempt.OWNER_READS || o.attempt() == Attempt.OTHER_TEAM_WITH_REASON)
				.allSatisfy(o -> assertThat(o.body()).contains("Noor Visser"));
		assertThat(outcomes).filteredOn(o -> o.attempt() == Attempt.OTHER_TEAM_WITHOUT_REASON)
				.allSatisfy(o -> assertThat(o.body()).contains("Waarom opent u dit dossier?").doesNotContain("Noor Visser"));

		var audited = outcomes.stream().filter(o -> o.attempt().audited).count();
		var rows = jdbc.sql("""
				select actor_username || ' ' || action || ' ' || coalesce(reason, '-') from audit_event
				where id > ? and municipality_code in (?, ?)""")
				.params(lastIdBefore, world.municipality().value(), elsewhere.municipality().value())
				.query(String.class).list();
		assertThat(rows).as("one audit row per access, none lost and none twice").hasSize((int) audited);
		assertThat(rows.stream().collect(Collectors.groupingBy(row -> row, Collectors.counting()))).isEqualTo(Map.of(
				owner.username() + " READ -", count(outcomes, Attempt.OWNER_READS, Attempt.OWNER_VIEWS_WORKLIST),
				colleague.username() + " READ Waarneming tijdens vakantie collega", count(outcomes, Attempt.OTHER_TEAM_WITH_REASON),
				colleague.username() + " REFUSED -", count(outcomes, Attempt.OTHER_TEAM_WITHOUT_REASON),
				policyOfficer.username() + " REFUSED -", count(outcomes, Attempt.ROLE_NOT_ALLOWED),
				stranger.username() + " REFUSED -", count(outcomes, Attempt.OTHER_MUNICIPALITY)));

		var verification = verifier.verify();
		assertThat(verification.intact()).as(verification.summary()).isTrue();
		// NEN 7513: the stranger's attempts are in the trail of the municipality that holds the file.
		assertThat(jdbc.sql("""
				select distinct municipality_code || ' ' || actor_municipality_code from audit_event
				where id > ? and actor_username = ?""").params(lastIdBefore, stranger.username()).query(String.class).list())
				.containsExactly(world.municipality().value() + " " + elsewhere.municipality().value());
		for (var municipality : List.of(world.municipality().value())) {
			assertThat(jdbc.sql("select previous_hash from audit_event where municipality_code = ? order by id limit 1")
					.param(municipality).query(String.class).single())
					.as("the chain of " + municipality + " starts from its own genesis")
					.isEqualTo(cutovers.current().genesisOf(municipality));
		}
	}

	private static long count(List<Outcome> outcomes, Attempt... attempts) {
		return outcomes.stream().filter(o -> List.of(attempts).contains(o.attempt())).count();
	}

	/** Logs in through the real login form; the client keeps the session cookie. */
	private HttpClient logIn(CurrentUser user) throws Exception {
		var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		var token = csrfToken(client, "/inloggen");
		var response = client.send(post("/inloggen", "username=" + user.username() + "&password="
				+ URLEncoder.encode(TestFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).as("login of " + user.username()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		return client;
	}

	private String csrfToken(HttpClient client, String path) throws Exception {
		var page = client.send(get(path), HttpResponse.BodyHandlers.ofString()).body();
		var token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on " + path).isTrue();
		return token.group(1);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
