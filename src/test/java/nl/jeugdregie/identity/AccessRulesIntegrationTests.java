package nl.jeugdregie.identity;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
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

/**
 * Every endpoint against every role (SEC-2): who may do what, through the UI (form login, session, CSRF)
 * and the REST API (HTTP Basic). A role outside the allowed set gets 403, or 404 where the file's existence
 * must not leak. Anonymous callers are sent to the login page or get 401.
 */
@IntegrationTest
class AccessRulesIntegrationTests {

	static final Set<Role> CASE_WORKERS = EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT);
	static final Set<Role> REPORT_READERS = EnumSet.of(TEAM_LEAD, POLICY_OFFICER);
	static final Set<Role> NORM_READERS = EnumSet.of(ADMINISTRATOR, POLICY_OFFICER);
	static final Set<Role> STEERING_EDITORS = EnumSet.of(POLICY_OFFICER, ADMINISTRATOR);
	static final Set<Role> STEERING_READERS = EnumSet.of(POLICY_OFFICER, ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	HelpRequestId request;

	/** Every page and form, and who may use it. */
	AccessMatrix pageMatrix() {
		return AccessMatrix.of(mvc)
				.expect(page("GET /", () -> get("/"), 200),
						Access.everyone())
				.expect(page("GET /werklijst", () -> get("/werklijst"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("GET /hulpvragen/nieuw", () -> get("/hulpvragen/nieuw"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("POST /hulpvragen (empty form)", () -> post("/hulpvragen"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("GET /hulpvragen/{id}", () -> get("/hulpvragen/{id}", request), 200),
						Access.to(CASE_WORKERS))
				// Issue 13 item 2: each action of the file on its own page; the assignment for the team lead only.
				.expect(page("GET /hulpvragen/{id}/eerste-gesprek", () -> get("/hulpvragen/{id}/eerste-gesprek", request), 200),
						Access.to(CASE_WORKERS))
				.expect(page("GET /hulpvragen/{id}/leefgebieden", () -> get("/hulpvragen/{id}/leefgebieden", request), 200),
						Access.to(CASE_WORKERS))
				.expect(page("GET /hulpvragen/{id}/afsluiten", () -> get("/hulpvragen/{id}/afsluiten", request), 200),
						Access.to(CASE_WORKERS))
				.expect(page("GET /hulpvragen/{id}/toewijzen", () -> get("/hulpvragen/{id}/toewijzen", request), 200),
						Access.to(EnumSet.of(TEAM_LEAD)))
				.expect(page("POST /hulpvragen/{id}/eerste-gesprek (no date)", () -> post("/hulpvragen/{id}/eerste-gesprek", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("GET /werklijst/ivh", () -> get("/werklijst/ivh"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("GET /team", () -> get("/team"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("POST /hulpvragen/{id}/toewijzen (nobody chosen)", () -> post("/hulpvragen/{id}/toewijzen", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("GET /hulpvragen/{id}/uitleg", () -> get("/hulpvragen/{id}/uitleg", request), 200),
						Access.to(CASE_WORKERS))
				.expect(page("POST /hulpvragen/{id}/gesprek (no date)", () -> post("/hulpvragen/{id}/gesprek", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("POST /hulpvragen/{id}/triage (nothing chosen)", () -> post("/hulpvragen/{id}/triage", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("POST /hulpvragen/{id}/afsluiten (no reason)", () -> post("/hulpvragen/{id}/afsluiten", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				// Issue 13 item 2: the check step before closing shows the file's answers, so it is guarded like the file.
				.expect(page("POST /hulpvragen/{id}/afsluiten/controleren (no reason)", () -> post("/hulpvragen/{id}/afsluiten/controleren", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("POST /hulpvragen/{id}/afsluiten/controleren", () -> post("/hulpvragen/{id}/afsluiten/controleren", request).param("reason", "NO_CARE_NEEDED"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("POST /hulpvragen/{id}/aanvraag/controleren (no date)", () -> post("/hulpvragen/{id}/aanvraag/controleren", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("POST /hulpvragen/{id}/aanvraag/controleren", () -> post("/hulpvragen/{id}/aanvraag/controleren", request).param("appliedOn", "2026-11-16"), 200),
						Access.to(CASE_WORKERS))
				.expect(page("POST /hulpvragen/{id}/contactafspraak (no frequency)", () -> post("/hulpvragen/{id}/contactafspraak", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("POST /hulpvragen/{id}/toestemming (nobody)", () -> post("/hulpvragen/{id}/toestemming", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("POST /hulpvragen/{id}/terugkoppeling (no kind)", () -> post("/hulpvragen/{id}/terugkoppeling", request), 200),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(page("GET /rapportages/maand", () -> get("/rapportages/maand"), 200),
						Access.to(REPORT_READERS))
				.expect(page("GET /rapportages/maand.csv", () -> get("/rapportages/maand.csv").param("maand", "2026-10"), 200),
						Access.to(REPORT_READERS))
				.expect(page("GET /rapportages/maand.pdf", () -> get("/rapportages/maand.pdf").param("maand", "2026-10"), 200),
						Access.to(REPORT_READERS))
				.expect(page("GET /beheer/normen", () -> get("/beheer/normen"), 200),
						Access.to(NORM_READERS))
				.expect(page("GET /beheer/audit", () -> get("/beheer/audit"), 200),
						Access.to(EnumSet.of(ADMINISTRATOR, Role.PRIVACY_OFFICER)))
				.expect(page("GET /sturing", () -> get("/sturing"), 200),
						Access.to(STEERING_READERS))
				.expect(page("GET /sturing/risicos", () -> get("/sturing/risicos"), 200),
						Access.to(STEERING_READERS))
				.expect(page("POST /sturing/risicos/herbeoordeling (no risk)", () -> post("/sturing/risicos/herbeoordeling"), 200),
						Access.to(STEERING_EDITORS));
	}

	/** Every API endpoint, and who may call it. */
	AccessMatrix apiMatrix() {
		return AccessMatrix.of(mvc)
				.expect(api("POST /api/v1/help-requests (invalid)", () -> post("/api/v1/help-requests") .contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(CASE_WORKERS))
				.expect(api("GET /api/v1/worklist", () -> get("/api/v1/worklist"), 200),
						Access.to(CASE_WORKERS))
				.expect(api("GET /api/v1/worklist/early-help", () -> get("/api/v1/worklist/early-help"), 200),
						Access.to(CASE_WORKERS))
				.expect(api("GET /api/v1/team", () -> get("/api/v1/team"), 200),
						Access.to(CASE_WORKERS))
				.expect(api("GET /api/v1/help-requests/{id}/assignment-suggestions", () -> get("/api/v1/help-requests/{id}/assignment-suggestions", request), 200),
						Access.everyone())
				.expect(api("POST /api/v1/help-requests/{id}/conversations (no date)", () -> post("/api/v1/help-requests/{id}/conversations", request) .contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(api("POST /api/v1/help-requests/{id}/triage (not yet)", () -> post("/api/v1/help-requests/{id}/triage", request) .contentType(MediaType.APPLICATION_JSON).content("{}"), 409),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(api("POST /api/v1/help-requests/{id}/closure (no reason)", () -> post("/api/v1/help-requests/{id}/closure", request) .contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(api("POST /api/v1/help-requests/{id}/contact-agreement (no frequency)", () -> post("/api/v1/help-requests/{id}/contact-agreement", request) .contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(api("POST /api/v1/help-requests/{id}/feedback (family came themselves)", () -> post("/api/v1/help-requests/{id}/feedback", request) .contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(api("GET /api/v1/reports/monthly-waiting-term?format=csv", () -> get("/api/v1/reports/monthly-waiting-term").param("month", "2026-10").param("format", "csv"), 200),
						Access.to(REPORT_READERS))
				.expect(api("GET /api/v1/help-requests/{id}", () -> get("/api/v1/help-requests/{id}", request), 200),
						Access.to(CASE_WORKERS))
				.expect(api("POST /api/v1/help-requests/{id}/first-conversation (no date)", () -> post("/api/v1/help-requests/{id}/first-conversation", request) .contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(CASE_WORKERS).otherwise(404))
				.expect(api("GET /api/v1/reports/monthly-waiting-term", () -> get("/api/v1/reports/monthly-waiting-term").param("month", "2026-10"), 200),
						Access.to(REPORT_READERS))
				.expect(api("GET /api/v1/policy/norms", () -> get("/api/v1/policy/norms"), 200),
						Access.everyone())
				.expect(api("GET /api/v1/audit/verification", () -> get("/api/v1/audit/verification"), 200),
						Access.to(ADMINISTRATOR))
				.expect(api("GET /api/v1/audit/access-history", () -> get("/api/v1/audit/access-history") .param("subject", "Hulpvraag HV-0"), 200),
						Access.to(EnumSet.of(ADMINISTRATOR, Role.PRIVACY_OFFICER)))
				.expect(api("GET /api/v1/steering/assignment", () -> get("/api/v1/steering/assignment"), 200),
						Access.to(STEERING_READERS))
				.expect(api("GET /api/v1/steering/risks", () -> get("/api/v1/steering/risks"), 200),
						Access.to(STEERING_READERS))
				.expect(api("POST /api/v1/steering/risks/0/assessments (no such risk)", () -> post("/api/v1/steering/risks/0/assessments").contentType(MediaType.APPLICATION_JSON).content("{}"), 404),
						Access.to(STEERING_EDITORS));
	}

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
		pageMatrix().callers(users).verify();
	}

	@Test // SEC-2
	void grantsEachApiEndpointOnlyToItsRoles() throws Exception {
		apiMatrix().callers(users).verify();
	}

	@Test
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		pageMatrix().anonymous().verify();
		apiMatrix().anonymous().verify();
	}

	@Test
	void refusesUiPostsWithoutCsrfToken() throws Exception {
		pageMatrix().refusingPostsWithoutCsrfTokenFrom(users.get(YOUTH_PROFESSIONAL)).verify();
	}
}
