package nl.jeugdregie.identity;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint against every role (SEC-2): who may do what, through the UI (form login, session, CSRF)
 * and the REST API (HTTP Basic). A role outside the allowed set gets 403, or 404 where the file's existence
 * must not leak. Anonymous callers are sent to the login page or get 401.
 */
@IntegrationTest
class AccessRulesIntegrationTests {

	static final Set<Role> CASE_WORKERS = EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT);
	static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
	static final Set<Role> STEERING_EDITORS = EnumSet.of(POLICY_OFFICER, ADMINISTRATOR);
	static final Set<Role> STEERING_READERS = EnumSet.of(POLICY_OFFICER, ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	HelpRequestId request;

	record Endpoint(String name, Function<HelpRequestId, MockHttpServletRequestBuilder> request, Set<Role> allowed,
			int allowedStatus, int refusedStatus) {}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /", id -> get("/"), EVERYONE, 200, 403),
			new Endpoint("GET /werklijst", id -> get("/werklijst"), CASE_WORKERS, 200, 403),
			new Endpoint("GET /hulpvragen/nieuw", id -> get("/hulpvragen/nieuw"), CASE_WORKERS, 200, 403),
			new Endpoint("POST /hulpvragen (empty form)", id -> post("/hulpvragen").with(csrf()), CASE_WORKERS, 200, 403),
			new Endpoint("GET /hulpvragen/{id}", id -> get("/hulpvragen/{id}", id), CASE_WORKERS, 200, 403),
			new Endpoint("POST /hulpvragen/{id}/eerste-gesprek (no date)",
					id -> post("/hulpvragen/{id}/eerste-gesprek", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("GET /werklijst/ivh", id -> get("/werklijst/ivh"), CASE_WORKERS, 200, 403),
			new Endpoint("GET /team", id -> get("/team"), CASE_WORKERS, 200, 403),
			new Endpoint("POST /hulpvragen/{id}/toewijzen (nobody chosen)",
					id -> post("/hulpvragen/{id}/toewijzen", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("GET /hulpvragen/{id}/uitleg", id -> get("/hulpvragen/{id}/uitleg", id), CASE_WORKERS, 200, 403),
			new Endpoint("POST /hulpvragen/{id}/gesprek (no date)",
					id -> post("/hulpvragen/{id}/gesprek", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("POST /hulpvragen/{id}/triage (nothing chosen)",
					id -> post("/hulpvragen/{id}/triage", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("POST /hulpvragen/{id}/afsluiten (no reason)",
					id -> post("/hulpvragen/{id}/afsluiten", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("POST /hulpvragen/{id}/contactafspraak (no frequency)",
					id -> post("/hulpvragen/{id}/contactafspraak", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("POST /hulpvragen/{id}/toestemming (nobody)",
					id -> post("/hulpvragen/{id}/toestemming", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("POST /hulpvragen/{id}/terugkoppeling (no kind)",
					id -> post("/hulpvragen/{id}/terugkoppeling", id).with(csrf()), CASE_WORKERS, 200, 404),
			new Endpoint("GET /rapportages/maand", id -> get("/rapportages/maand"), EnumSet.of(TEAM_LEAD, POLICY_OFFICER), 200, 403),
			new Endpoint("GET /rapportages/maand.csv", id -> get("/rapportages/maand.csv").param("maand", "2026-10"),
					EnumSet.of(TEAM_LEAD, POLICY_OFFICER), 200, 403),
			new Endpoint("GET /rapportages/maand.pdf", id -> get("/rapportages/maand.pdf").param("maand", "2026-10"),
					EnumSet.of(TEAM_LEAD, POLICY_OFFICER), 200, 403),
			new Endpoint("GET /beheer/normen", id -> get("/beheer/normen"), EnumSet.of(ADMINISTRATOR, POLICY_OFFICER), 200, 403),
			new Endpoint("GET /beheer/audit", id -> get("/beheer/audit"), EnumSet.of(ADMINISTRATOR), 200, 403),
			new Endpoint("GET /sturing", id -> get("/sturing"), STEERING_READERS, 200, 403),
			new Endpoint("GET /sturing/risicos", id -> get("/sturing/risicos"), STEERING_READERS, 200, 403),
			new Endpoint("POST /sturing/risicos/herbeoordeling (no risk)",
					id -> post("/sturing/risicos/herbeoordeling").with(csrf()), STEERING_EDITORS, 200, 403));

	static final List<Endpoint> API = List.of(
			new Endpoint("POST /api/v1/help-requests (invalid)", id -> post("/api/v1/help-requests")
					.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 400, 403),
			new Endpoint("GET /api/v1/worklist", id -> get("/api/v1/worklist"), CASE_WORKERS, 200, 403),
			new Endpoint("GET /api/v1/worklist/early-help", id -> get("/api/v1/worklist/early-help"), CASE_WORKERS, 200, 403),
			new Endpoint("GET /api/v1/team", id -> get("/api/v1/team"), CASE_WORKERS, 200, 403),
			new Endpoint("GET /api/v1/help-requests/{id}/assignment-suggestions",
					id -> get("/api/v1/help-requests/{id}/assignment-suggestions", id), EVERYONE, 200, 403),
			new Endpoint("POST /api/v1/help-requests/{id}/conversations (no date)",
					id -> post("/api/v1/help-requests/{id}/conversations", id)
							.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 400, 404),
			new Endpoint("POST /api/v1/help-requests/{id}/triage (not yet)",
					id -> post("/api/v1/help-requests/{id}/triage", id)
							.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 409, 404),
			new Endpoint("POST /api/v1/help-requests/{id}/closure (no reason)",
					id -> post("/api/v1/help-requests/{id}/closure", id)
							.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 400, 404),
			new Endpoint("POST /api/v1/help-requests/{id}/contact-agreement (no frequency)",
					id -> post("/api/v1/help-requests/{id}/contact-agreement", id)
							.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 400, 404),
			new Endpoint("POST /api/v1/help-requests/{id}/feedback (family came themselves)",
					id -> post("/api/v1/help-requests/{id}/feedback", id)
							.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 400, 404),
			new Endpoint("GET /api/v1/reports/monthly-waiting-term?format=csv",
					id -> get("/api/v1/reports/monthly-waiting-term").param("month", "2026-10").param("format", "csv"),
					EnumSet.of(TEAM_LEAD, POLICY_OFFICER), 200, 403),
			new Endpoint("GET /api/v1/help-requests/{id}", id -> get("/api/v1/help-requests/{id}", id), CASE_WORKERS, 200, 403),
			new Endpoint("POST /api/v1/help-requests/{id}/first-conversation (no date)",
					id -> post("/api/v1/help-requests/{id}/first-conversation", id)
							.contentType(MediaType.APPLICATION_JSON).content("{}"), CASE_WORKERS, 400, 404),
			new Endpoint("GET /api/v1/reports/monthly-waiting-term",
					id -> get("/api/v1/reports/monthly-waiting-term").param("month", "2026-10"),
					EnumSet.of(TEAM_LEAD, POLICY_OFFICER), 200, 403),
			new Endpoint("GET /api/v1/policy/norms", id -> get("/api/v1/policy/norms"), EVERYONE, 200, 403),
			new Endpoint("GET /api/v1/audit/verification", id -> get("/api/v1/audit/verification"),
					EnumSet.of(ADMINISTRATOR), 200, 403),
			new Endpoint("GET /api/v1/audit/access-history", id -> get("/api/v1/audit/access-history")
					.param("subject", "Hulpvraag HV-0"), EnumSet.of(ADMINISTRATOR), 200, 403),
			new Endpoint("GET /api/v1/steering/assignment", id -> get("/api/v1/steering/assignment"), STEERING_READERS, 200, 403),
			new Endpoint("GET /api/v1/steering/risks", id -> get("/api/v1/steering/risks"), STEERING_READERS, 200, 403),
			new Endpoint("POST /api/v1/steering/risks/0/assessments (no such risk)",
					id -> post("/api/v1/steering/risks/0/assessments").contentType(MediaType.APPLICATION_JSON).content("{}"),
					STEERING_EDITORS, 404, 403));

	@BeforeEach
	void setUp() {
		var world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var registered = registration.register(new RegisterHelpRequest("Noor", "Visser", LocalDate.of(2015, 4, 2),
				null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding."),
				users.get(YOUTH_PROFESSIONAL), Instant.parse("2026-11-10T09:00:00Z"));
		request = ((RegistrationResult.Registered) registered).id();
	}

	@Test // SEC-2
	void grantsEachUiPageOnlyToItsRoles() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var session = TestFixtures.login(mvc, users.get(role));
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().apply(request).session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test // SEC-2
	void grantsEachApiEndpointOnlyToItsRoles() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().apply(request)
						.with(httpBasic(users.get(role).username(), TestFixtures.PASSWORD))).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		for (var endpoint : UI) {
			var response = mvc.perform(endpoint.request().apply(request)).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint.name()).isIn(302, 403);
			if (response.getStatus() == 302) {
				assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/inloggen");
			}
		}
		for (var endpoint : API) {
			assertThat(mvc.perform(endpoint.request().apply(request)).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isEqualTo(401);
		}
	}

	@Test
	void refusesUiPostsWithoutCsrfToken() throws Exception {
		var session = TestFixtures.login(mvc, users.get(YOUTH_PROFESSIONAL));
		assertThat(mvc.perform(post("/hulpvragen").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/hulpvragen/{id}/eerste-gesprek", request).session(session)
				.param("conversationDate", "2026-11-12")).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private static void expect(List<String> failures, Endpoint endpoint, Role role, int status) {
		var expected = endpoint.allowed().contains(role) ? endpoint.allowedStatus() : endpoint.refusedStatus();
		if (status != expected) {
			failures.add(endpoint.name() + " as " + role + ": expected " + expected + " but was " + status);
		}
	}
}
