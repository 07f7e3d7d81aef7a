package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SEC-2 for the TOE-4, TOE-14 and MON-3 endpoints: every endpoint against every role and a case worker of
 * another team. Client-file endpoints answer 404 outside the case team (existence does not leak); the
 * life-domain list is read by everyone and changed by the administrator only.
 */
@IntegrationTest
class TriageAndSafetyAccessIntegrationTests {

	static final String OTHER_TEAM = "YOUTH_PROFESSIONAL of another team";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	final Map<String, CurrentUser> users = new LinkedHashMap<>();
	HelpRequestId request;

	/** @param expected the status per user (a role's name, or {@link #OTHER_TEAM}) */
	record Endpoint(String name, Function<HelpRequestId, MockHttpServletRequestBuilder> request,
			Function<String, Integer> expected) {}

	static Function<String, Integer> caseTeam(int allowed) {
		return user -> user.equals("YOUTH_PROFESSIONAL") || user.equals("TEAM_LEAD") || user.equals("BEHAVIOURAL_EXPERT")
				? allowed : 404;
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
		return request.contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /hulpvragen/{id}/veiligheid", id -> get("/hulpvragen/{id}/veiligheid", id), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/veiligheid/stap (empty)",
					id -> post("/hulpvragen/{id}/veiligheid/stap", id).with(csrf()), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/veiligheid/plan (empty)",
					id -> post("/hulpvragen/{id}/veiligheid/plan", id).with(csrf()), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/veiligheid/actie (empty)",
					id -> post("/hulpvragen/{id}/veiligheid/actie", id).with(csrf()), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/veiligheid/kernbeslissing (empty)",
					id -> post("/hulpvragen/{id}/veiligheid/kernbeslissing", id).with(csrf()), caseTeam(200)),
			// Issue 13 item 2: the check step before a key decision, empty and filled in; filled in, only the
			// behavioural expert sees the check page, the others are refused on the safety page (200 with the error).
			new Endpoint("POST /hulpvragen/{id}/veiligheid/kernbeslissing/controleren (empty)",
					id -> post("/hulpvragen/{id}/veiligheid/kernbeslissing/controleren", id).with(csrf()), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/veiligheid/kernbeslissing/controleren",
					id -> post("/hulpvragen/{id}/veiligheid/kernbeslissing/controleren", id).with(csrf())
							.param("decision", "Uithuisplaatsing voorbereiden").param("decidedOn", "2026-11-16"), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/leefgebieden (empty)",
					id -> post("/hulpvragen/{id}/leefgebieden", id).with(csrf()), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/vraagverheldering (empty)",
					id -> post("/hulpvragen/{id}/vraagverheldering", id).with(csrf()), caseTeam(200)),
			new Endpoint("POST /hulpvragen/{id}/nuttigheid (open request)",
					id -> post("/hulpvragen/{id}/nuttigheid", id).with(csrf()), caseTeam(200)),
			new Endpoint("GET /beheer/leefgebieden", id -> get("/beheer/leefgebieden"),
					user -> user.equals("ADMINISTRATOR") ? 200 : 403),
			new Endpoint("POST /beheer/leefgebieden (empty)", id -> post("/beheer/leefgebieden").with(csrf()),
					user -> user.equals("ADMINISTRATOR") ? 200 : 403));

	static final List<Endpoint> API = List.of(
			new Endpoint("GET safety", id -> get("/api/v1/help-requests/{id}/safety", id), caseTeam(200)),
			new Endpoint("POST safety/steps (empty)", id -> json(post("/api/v1/help-requests/{id}/safety/steps", id)),
					caseTeam(400)),
			new Endpoint("POST safety/plans (empty)", id -> json(post("/api/v1/help-requests/{id}/safety/plans", id)),
					caseTeam(400)),
			new Endpoint("POST safety/actions (empty)", id -> json(post("/api/v1/help-requests/{id}/safety/actions", id)),
					caseTeam(400)),
			// TOE-14: within the case team, only the behavioural expert gets past the key-decision policy.
			new Endpoint("POST safety/key-decisions (empty)",
					id -> json(post("/api/v1/help-requests/{id}/safety/key-decisions", id)),
					user -> user.equals("BEHAVIOURAL_EXPERT") ? 400 : caseTeam(403).apply(user)),
			new Endpoint("GET triage-inventory", id -> get("/api/v1/help-requests/{id}/triage-inventory", id),
					caseTeam(200)),
			new Endpoint("PUT triage-inventory/checklist (empty)",
					id -> json(put("/api/v1/help-requests/{id}/triage-inventory/checklist", id)), caseTeam(400)),
			new Endpoint("POST triage-inventory/clarification-notes (empty)",
					id -> json(post("/api/v1/help-requests/{id}/triage-inventory/clarification-notes", id)), caseTeam(400)),
			new Endpoint("GET usefulness-scores", id -> get("/api/v1/help-requests/{id}/usefulness-scores", id),
					caseTeam(200)),
			new Endpoint("POST usefulness-scores (open request)",
					id -> json(post("/api/v1/help-requests/{id}/usefulness-scores", id)), caseTeam(409)),
			new Endpoint("GET /api/v1/policy/life-domains", id -> get("/api/v1/policy/life-domains"), user -> 200),
			new Endpoint("PUT /api/v1/policy/life-domains (empty)", id -> json(put("/api/v1/policy/life-domains")),
					user -> user.equals("ADMINISTRATOR") ? 400 : 403));

	@BeforeEach
	void setUp() {
		var world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role.name(), fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		users.put(OTHER_TEAM, fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam()));
		request = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Visser",
				LocalDate.of(2015, 4, 2), null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding."),
				users.get("YOUTH_PROFESSIONAL"), Instant.parse("2026-11-10T09:00:00Z"))).id();
	}

	@Test
	@DisplayName("SEC-2, TOE-4, TOE-14, MON-3: each page and form only for the case team (or the administrator)")
	void grantsEachUiEndpointOnlyToItsUsers() throws Exception {
		var failures = new ArrayList<String>();
		for (var user : users.entrySet()) {
			var session = TestFixtures.login(mvc, user.getValue());
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().apply(request).session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, user.getKey(), status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("SEC-2, TOE-4, TOE-14, MON-3: each API endpoint only for the case team (or the administrator)")
	void grantsEachApiEndpointOnlyToItsUsers() throws Exception {
		var failures = new ArrayList<String>();
		for (var user : users.entrySet()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().apply(request)
						.with(TestFixtures.api(user.getValue()))).andReturn().getResponse().getStatus();
				expect(failures, endpoint, user.getKey(), status);
			}
		}
		for (var endpoint : API) {
			var status = mvc.perform(endpoint.request().apply(request)).andReturn().getResponse().getStatus();
			if (status != 401) {
				failures.add(endpoint.name() + " anonymously: expected 401 but was " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

	private static void expect(List<String> failures, Endpoint endpoint, String user, int status) {
		int expected = endpoint.expected().apply(user);
		if (status != expected) {
			failures.add(endpoint.name() + " as " + user + ": expected " + expected + " but was " + status);
		}
	}
}
