package nl.jeugdregie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@DisplayName("Issue 14: the administrator keeps teams and users through the API")
class AdministrationApiIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired StaffNames staffNames;

	@Test
	@DisplayName("Issue 14: a team is added, renamed and deactivated with If-Match; stale and duplicate names are refused; every change audited")
	void keepsATeamWithVersionsAndAuditsEveryChange() throws Exception {
		var admin = admin();
		var created = mvc.perform(as(admin, post("/api/v1/admin/teams").contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"CJG Ruwaard\",\"districts\":[\"Ruwaard\",\"Schadewijk\"]}")))
				.andExpect(status().isCreated())
				.andExpect(header().string("ETag", "\"0\""))
				.andExpect(jsonPath("$.districts[1]").value("Schadewijk"))
				.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		mvc.perform(as(admin, put("/api/v1/admin/teams/{id}", id).contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"CJG Ruwaard-Oost\",\"districts\":[\"Ruwaard\"]}")))
				.andExpect(status().isPreconditionRequired());
		mvc.perform(as(admin, put("/api/v1/admin/teams/{id}", id).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"CJG Ruwaard-Oost\",\"districts\":[\"Ruwaard\"]}")))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.name").value("CJG Ruwaard-Oost"));
		// A second administrator still on version 0 overwrites nothing.
		mvc.perform(as(admin, put("/api/v1/admin/teams/{id}", id).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"CJG Ander\",\"districts\":[]}")))
				.andExpect(status().isConflict())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("Iemand anders heeft dit net gewijzigd")))
				// Issue 18: stale is answered as everywhere in the API, with the version to retry against.
				.andExpect(jsonPath("$.type").value(containsString("verouderde-versie")))
				.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(as(admin, post("/api/v1/admin/teams").contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"cjg ruwaard-oost\"}")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("al een team met deze naam")));
		mvc.perform(as(admin, post("/api/v1/admin/teams").contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"\",\"districts\":[\"Noord\",\"noord\"]}")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("districts")));

		mvc.perform(as(admin, post("/api/v1/admin/teams/{id}/deactivation", id).header("If-Match", "\"1\"")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.active").value(false));
		mvc.perform(as(admin, post("/api/v1/admin/teams/{id}/activation", id).header("If-Match", "\"2\"")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.active").value(true));

		assertThat(audited("team:" + id)).containsExactly("CREATE Team aangemaakt: CJG Ruwaard (wijken: Ruwaard, Schadewijk)",
				"UPDATE Team gewijzigd: naam CJG Ruwaard-Oost, wijken Ruwaard", "UPDATE Team gedeactiveerd",
				"UPDATE Team weer actief gemaakt");
	}

	@Test
	@DisplayName("Issue 14: a team with active members or open help requests is not deactivated; the reason is Dutch")
	void refusesToDeactivateATeamThatStillHasMembersOrOpenHelpRequests() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var registered = registration.register(new RegisterHelpRequest("Daan", "Jansen", java.time.LocalDate.of(2012, 4, 1),
				null, "Sanne Jansen", "moeder", Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding en school."),
				professional, java.time.Instant.parse("2026-11-10T09:00:00Z"));
		assertThat(registered).isInstanceOf(RegistrationResult.Registered.class);

		mvc.perform(as(admin, post("/api/v1/admin/teams/{id}/deactivation", world.team().id()).header("If-Match", "\"0\"")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.reasons[0]").value(containsString("nog 1 actieve medewerker")))
				.andExpect(jsonPath("$.reasons[1]").value(containsString("nog 1 open hulpvraag")));
		assertThat(jdbc.sql("select active from team where id = ?").param(world.team().id().value()).query(Boolean.class)
				.single()).isTrue();
	}

	@Test
	@DisplayName("Issue 14: a new user gets a one-time password, shown once, never audited, and must choose a password first")
	void createsAUserWhoMustChooseTheirOwnPasswordFirst() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var username = "sanne.devries-" + System.nanoTime() % 100000;
		var created = mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + username + "\",\"name\":\"Sanne de Vries\",\"email\":\"" + username
								+ "@oss.nl\",\"role\":\"YOUTH_PROFESSIONAL\",\"team\":\"" + world.team().id()
								+ "\",\"expertise\":[\"SAFETY\"]}")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.user.passwordChangeRequired").value(true))
				.andExpect(jsonPath("$.user.expertise[0]").value("SAFETY"))
				.andReturn().getResponse().getContentAsString();
		String oneTimePassword = JsonPath.read(created, "$.oneTimePassword");
		assertThat(oneTimePassword).hasSize(19);
		mvc.perform(as(admin, get("/api/v1/admin/users/{u}", username)))
				.andExpect(jsonPath("$.oneTimePassword").doesNotExist());

		// The API refuses work until the user has chosen a password in the browser.
		mvc.perform(get("/api/v1/worklist").with(httpBasic(username, oneTimePassword)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.title").value("Wachtwoord wijzigen"));
		// The browser goes to the password page, whatever is asked for.
		var login = mvc.perform(formLogin("/inloggen").user(username).password(oneTimePassword)).andReturn();
		var session = (MockHttpSession) login.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/wachtwoord"));
		mvc.perform(get("/werklijst").session(session)).andExpect(redirectedUrl("/wachtwoord"));
		mvc.perform(get("/wachtwoord").session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Kies uw eigen wachtwoord")));

		mvc.perform(post("/wachtwoord").session(session).with(csrf()).param("currentPassword", oneTimePassword)
						.param("newPassword", "qwerty123456").param("repeatedPassword", "qwerty123456"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dit wachtwoord wordt veel gebruikt")))
				.andExpect(content().string(containsString("<title>Fout: Wachtwoord kiezen")));
		mvc.perform(post("/wachtwoord").session(session).with(csrf()).param("currentPassword", oneTimePassword)
						.param("newPassword", "kort").param("repeatedPassword", "kort"))
				.andExpect(content().string(containsString("Gebruik minstens 12 tekens")));
		mvc.perform(post("/wachtwoord").session(session).with(csrf()).param("currentPassword", oneTimePassword)
						.param("newPassword", "fietsen langs de maas").param("repeatedPassword", "fietsen langs de maas"))
				.andExpect(redirectedUrl("/"));
		mvc.perform(get("/werklijst").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/worklist").with(httpBasic(username, "fietsen langs de maas"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/worklist").with(httpBasic(username, oneTimePassword))).andExpect(status().isUnauthorized());

		var audited = audited("gebruiker:" + username);
		assertThat(audited).containsExactly("CREATE Gebruiker aangemaakt: rol Jeugdprofessional, team " + world.team().id()
				+ ", expertise [Veiligheid]; eenmalig wachtwoord uitgegeven", "UPDATE Eigen wachtwoord gekozen");
		assertThat(String.join(" ", audited)).doesNotContain(oneTimePassword).doesNotContain("fietsen");
	}

	@Test
	@DisplayName("Issue 14: usernames and e-mail addresses are unique; a case worker needs an active team; expertise only for case workers")
	void refusesTakenNamesAndIncompleteUsersInDutch() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var existing = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());

		mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
						.content(user(existing.username(), "nieuw-" + System.nanoTime() + "@oss.nl", "POLICY_OFFICER", null))))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].field").value("username"))
				.andExpect(jsonPath("$.errors[0].message").value("Deze gebruikersnaam bestaat al. Kies een andere gebruikersnaam."));
		var email = "dubbel-" + System.nanoTime() + "@oss.nl";
		mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
				.content(user("eerste-" + System.nanoTime(), email, "POLICY_OFFICER", null)))).andExpect(status().isCreated());
		mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
						.content(user("tweede-" + System.nanoTime(), email.toUpperCase(), "POLICY_OFFICER", null))))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
						.content(user("zonder-team-" + System.nanoTime(), "z" + System.nanoTime() + "@oss.nl", "YOUTH_PROFESSIONAL", null))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("team"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("hoort bij een CJG-team")));
		var otherMunicipality = fixtures.newWorld();
		mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
						.content(user("ander-team-" + System.nanoTime(), "a" + System.nanoTime() + "@oss.nl", "TEAM_LEAD",
								otherMunicipality.team().id().toString()))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Kies een actief team van uw gemeente."));
	}

	@Test
	@DisplayName("Issue 14: a user is changed with If-Match; the administrator cannot deactivate her own account")
	void changesAUserOnTheVersionItWasReadAt() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var change = "{\"name\":\"Piet Peters\",\"email\":\"piet-" + System.nanoTime() + "@oss.nl\",\"role\":\"TEAM_LEAD\","
				+ "\"team\":\"" + world.otherTeam().id() + "\",\"activeUntil\":\"2099-12-31\"}";

		mvc.perform(as(admin, put("/api/v1/admin/users/{u}", professional.username()).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON).content(change)))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.role").value("TEAM_LEAD"))
				.andExpect(jsonPath("$.activeUntil").value("2099-12-31"));
		mvc.perform(as(admin, put("/api/v1/admin/users/{u}", professional.username()).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON).content(change)))
				.andExpect(status().isConflict());
		mvc.perform(as(admin, put("/api/v1/admin/users/{u}", professional.username()).header("If-Match", "\"1\"")
						.contentType(MediaType.APPLICATION_JSON).content(change.replace("2099-12-31", "2000-01-01")
								.replace("}", ",\"activeFrom\":\"2001-01-01\"}"))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("activeUntil"));
		assertThat(audited("gebruiker:" + professional.username())).singleElement().asString()
				.startsWith("UPDATE Gebruiker gewijzigd: naam; e-mailadres; rol Jeugdprofessional → Teamleider; team ");

		mvc.perform(as(admin, post("/api/v1/admin/users/{u}/deactivation", admin.username()).header("If-Match", "\"0\"")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.reasons[0]").value(containsString("eigen account")));
	}

	@Test
	@DisplayName("Issue 14: a deactivated user cannot log in, an open session ends, and the name stays in history")
	void refusesADeactivatedUserFromThenOn() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(as(admin, post("/api/v1/admin/users/{u}/deactivation", professional.username()).header("If-Match", "\"0\"")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.deactivated").value(true))
				.andExpect(jsonPath("$.active").value(false));

		mvc.perform(get("/werklijst").session(session)).andExpect(redirectedUrl("/inloggen?gedeactiveerd"));
		mvc.perform(formLogin("/inloggen").user(professional.username()).password(TestFixtures.PASSWORD))
				.andExpect(unauthenticated());
		mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(professional)))
				.andExpect(status().isUnauthorized());
		assertThat(staffNames.of(professional.username())).isEqualTo(professional.displayName());
		mvc.perform(as(admin, get("/api/v1/admin/users").param("active", "false").param("team", world.team().id().toString())))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.users[0].username").value(professional.username()));

		mvc.perform(as(admin, post("/api/v1/admin/users/{u}/activation", professional.username()).header("If-Match", "\"1\"")))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(professional)))
				.andExpect(status().isOk());
	}

	@Test
	@DisplayName("Issue 14: users are searched by name, team, role and active, 25 per page")
	void searchesUsersWithPaging() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		for (var i = 0; i < 27; i++) {
			fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		}
		fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		mvc.perform(as(admin, get("/api/v1/admin/users").param("role", "YOUTH_PROFESSIONAL").param("page", "2")))
				.andExpect(jsonPath("$.total").value(27))
				.andExpect(jsonPath("$.pages").value(2))
				.andExpect(jsonPath("$.users.length()").value(2));
		mvc.perform(as(admin, get("/api/v1/admin/users").param("q", "beleidsmedewerker")))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.users[0].role").value("POLICY_OFFICER"));
	}

	@Test
	@DisplayName("Issue 14: ten administrators adding the same team or user at once: exactly one succeeds, the rest get the Dutch refusal")
	void letsExactlyOneOfTenIdenticalCreatesSucceed() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var username = "gelijktijdig-" + System.nanoTime() % 1_000_000;

		var teams = race(() -> mvc.perform(as(admin, post("/api/v1/admin/teams").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"CJG Tegelijk\"}"))).andReturn().getResponse());
		var users = race(() -> mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
				.content(user(username, username + "@oss.nl", "POLICY_OFFICER", null)))).andReturn().getResponse());

		for (var responses : List.of(teams, users)) {
			assertThat(responses).extracting(r -> r.getStatus()).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
			assertThat(responses).filteredOn(r -> r.getStatus() == 409)
					.allSatisfy(r -> assertThat(r.getContentAsString()).contains("\"errors\"").containsAnyOf(
							"al een team met deze naam", "Deze gebruikersnaam bestaat al"));
		}
		assertThat(jdbc.sql("select count(*) from team where municipality_code = ? and name = 'CJG Tegelijk'")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(1);
	}

	private static List<org.springframework.mock.web.MockHttpServletResponse> race(
			Callable<org.springframework.mock.web.MockHttpServletResponse> call) throws Exception {
		var start = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(10)) {
			var futures = new ArrayList<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>>();
			for (var i = 0; i < 10; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			var responses = new ArrayList<org.springframework.mock.web.MockHttpServletResponse>();
			for (var future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

	private static String user(String username, String email, String role, String team) {
		return "{\"username\":\"" + username + "\",\"name\":\"Test Gebruiker\",\"email\":\"" + email + "\",\"role\":\""
				+ role + "\"" + (team == null ? "" : ",\"team\":\"" + team + "\"") + "}";
	}

	private CurrentUser admin() {
		return fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestFixtures.api(user));
	}

	private List<String> audited(String subject) {
		return jdbc.sql("select action || ' ' || what from audit_event where subject = ? order by id").param(subject)
				.query(String.class).list();
	}
}
