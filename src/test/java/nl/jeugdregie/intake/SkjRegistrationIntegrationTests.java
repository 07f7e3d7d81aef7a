package nl.jeugdregie.intake;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-1 (issue 14 item 4, ADR 0040): the administrator records SKJ registrations; team lead and administrator see
 * those ending within the notice term (3 months) or ended; an ended registration shows on the team page and in the
 * suggestions, and blocks assignment with a Dutch refusal naming the end date. Today is 16 November 2026 in tests.
 */
@IntegrationTest
class SkjRegistrationIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser admin;
	CurrentUser lead;
	CurrentUser anna;
	CurrentUser bram;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		anna = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		bram = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test
	@DisplayName("SEC-1: the administrator records an SKJ number of digits with its end date; anything else is refused")
	void recordsAndValidatesARegistration() throws Exception {
		putSkj(admin, anna, "{\"number\":\"SKJ-123\",\"registeredUntil\":null}").andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(content().string(containsString("alleen uit cijfers")))
				.andExpect(content().string(containsString("tot en met welke datum")));
		putSkj(admin, anna, "{\"number\":\"100012345\",\"registeredUntil\":\"2027-01-31\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/admin/users/{u}/skj-registration", anna.username()).with(basic(admin)))
				.andExpect(jsonPath("$.number").value("100012345"))
				.andExpect(jsonPath("$.registeredUntil").value("2027-01-31"));
		var other = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		putSkj(other, anna, "{\"number\":\"100012345\",\"registeredUntil\":\"2027-01-31\"}").andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and what like 'SKJ-registratie 100012345%'")
				.param(admin.username()).query(Long.class).single()).isEqualTo(1);

		// The page: a letter in the number is shown back next to the field.
		var session = TestFixtures.login(mvc, admin);
		mvc.perform(post("/beheer/gebruikers/{u}/skj", bram.username()).session(session).with(csrf())
						.param("skjNumber", "12a45").param("skjRegisteredUntil", "2027-02-01"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: SKJ-registratie")));
		mvc.perform(post("/beheer/gebruikers/{u}/skj", bram.username()).session(session).with(csrf())
						.param("skjNumber", "100054321").param("skjRegisteredUntil", "2027-02-01"))
				.andExpect(redirectedUrl("/beheer/gebruikers/" + bram.username()));
		mvc.perform(get("/beheer/gebruikers/{u}", bram.username()).session(session))
				.andExpect(content().string(containsString("Nummer 100054321, tot en met 1 februari 2027")));
	}

	@Test
	@DisplayName("SEC-1: registrations ending within three months, or ended, are listed for team lead and administrator")
	void listsRegistrationsEndingSoon() throws Exception {
		putSkj(admin, anna, body(TODAY.minusDays(1))).andExpect(status().isOk());
		putSkj(admin, bram, body(TODAY.plusMonths(2))).andExpect(status().isOk());
		var later = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		putSkj(admin, later, body(TODAY.plusMonths(4))).andExpect(status().isOk());
		var otherTeam = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		putSkj(admin, otherTeam, body(TODAY.plusDays(10))).andExpect(status().isOk());

		mvc.perform(get("/team/skj-registraties").session(TestFixtures.login(mvc, lead)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.displayName())))
				.andExpect(content().string(containsString("15 november 2026 (verlopen)")))
				.andExpect(content().string(containsString(TODAY.plusMonths(2).getDayOfMonth() + " januari 2027")))
				.andExpect(content().string(not(containsString("16 maart 2027"))))
				.andExpect(content().string(not(containsString("26 november 2026"))));
		mvc.perform(get("/beheer/skj-registraties").session(TestFixtures.login(mvc, admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("26 november 2026")))
				.andExpect(content().string(not(containsString("16 maart 2027"))));
		mvc.perform(get("/team").session(TestFixtures.login(mvc, lead)))
				.andExpect(content().string(containsString("Verlopen sinds 16 november 2026")))
				.andExpect(content().string(containsString("Bekijk de SKJ-registraties")));
	}

	@Test
	@DisplayName("SEC-1: an ended registration shows in the suggestions and blocks assignment, naming the end date")
	void blocksAssigningToAnEndedRegistration() throws Exception {
		putSkj(admin, anna, body(TODAY.minusDays(1))).andExpect(status().isOk());
		var request = register();
		mvc.perform(get("/api/v1/help-requests/{id}/assignment-suggestions", request.value()).with(basic(lead)))
				.andExpect(jsonPath("$[0].username").value(bram.username()))
				.andExpect(jsonPath("$[1].skjExpired").value(true));
		mvc.perform(post("/api/v1/help-requests/{id}/assignment", request.value()).with(basic(lead))
						.contentType(MediaType.APPLICATION_JSON).content("{\"professional\":\"" + anna.username() + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("niet meer geregistreerd bij het SKJ")))
				.andExpect(content().string(containsString("15 november 2026")));
		mvc.perform(post("/hulpvragen/{id}/toewijzen", request.value()).param("professional", anna.username())
						.session(TestFixtures.login(mvc, lead)).with(csrf()))
				.andExpect(content().string(containsString("15 november 2026")));
		assertThat(jdbc.sql("select assigned_to from help_request where id = ?").param(request.value())
				.query(String.class).optional()).isEmpty();
		mvc.perform(post("/api/v1/help-requests/{id}/assignment", request.value()).with(basic(lead))
						.contentType(MediaType.APPLICATION_JSON).content("{\"professional\":\"" + bram.username() + "\"}"))
				.andExpect(status().isNoContent());
	}

	@Test
	@DisplayName("SEC-1, SEC-2: the SKJ pages and API per role and municipality")
	void grantsAccessPerRoleAndMunicipality() throws Exception {
		Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var other = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var worker = users.get(Role.YOUTH_PROFESSIONAL).username();
		AccessMatrix.of(mvc).callers(users).caller("ADMINISTRATOR of another municipality", other)
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.ADMINISTRATOR))
				.expect(List.of(
						page("GET /beheer/skj-registraties", () -> get("/beheer/skj-registraties"), 200),
						api("PUT /api/v1/admin/users/{username}/skj-registration (invalid)", () -> put("/api/v1/admin/users/{u}/skj-registration", worker)
								.contentType(MediaType.APPLICATION_JSON).content("{\"number\":\"x\"}"), 400)),
						Access.to(Role.ADMINISTRATOR))
				.expect(List.of(
						page("GET /beheer/gebruikers/{username}/skj", () -> get("/beheer/gebruikers/{u}/skj", worker), 200),
						page("POST /beheer/gebruikers/{username}/skj (invalid)", () -> post("/beheer/gebruikers/{u}/skj", worker)
								.param("skjNumber", "x"), 200),
						api("GET /api/v1/admin/users/{username}/skj-registration (none)", () -> get("/api/v1/admin/users/{u}/skj-registration", worker), 404)),
						Access.to(Role.ADMINISTRATOR).except("ADMINISTRATOR of another municipality", 404))
				.expect(page("GET /team/skj-registraties", () -> get("/team/skj-registraties"), 200), Access.to(Role.TEAM_LEAD))
				.verify();
		AccessMatrix.of(mvc).anonymous()
				.expect(page("GET /beheer/skj-registraties", () -> get("/beheer/skj-registraties"), 200), Access.nobody())
				.expect(api("GET /api/v1/admin/users/{username}/skj-registration", () -> get("/api/v1/admin/users/{u}/skj-registration", worker), 200), Access.nobody())
				.verify();
	}

	private org.springframework.test.web.servlet.ResultActions putSkj(CurrentUser by, CurrentUser of, String json) throws Exception {
		return mvc.perform(put("/api/v1/admin/users/{u}/skj-registration", of.username()).with(basic(by))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String body(LocalDate until) {
		return "{\"number\":\"100012345\",\"registeredUntil\":\"" + until + "\"}";
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}

	private HelpRequestId register() {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Lucas", "Meijer",
				LocalDate.of(2011, 1, 1), null, null, null, Channel.PHONE, Referrer.VEILIG_THUIS, "Zorgen om veiligheid."),
				anna, Instant.parse("2026-11-12T09:00:00Z"))).id();
	}
}
