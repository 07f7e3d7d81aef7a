package nl.jeugdregie.plans;

import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who sees and changes a household and its plan (PLAN-3, SEC-2): its case team and its case director; a case
 * worker of another team reads with a logged reason but changes nothing; policy officer, provider and
 * administrator get 403; another municipality gets 404. Every read, change and refusal is in the audit trail.
 */
@IntegrationTest
class HouseholdAccessIntegrationTests {

	static final Set<Role> CASE_WORKERS = EnumSet.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
	UUID household;

	record Endpoint(String name, Function<UUID, MockHttpServletRequestBuilder> request, int allowedStatus,
			int refusedStatus) {}

	static final List<Endpoint> UI = List.of(
			new Endpoint("GET /gezinnen/nieuw", id -> get("/gezinnen/nieuw").param("hulpvraag", UUID.randomUUID().toString()), 200, 403),
			new Endpoint("POST /gezinnen (empty form)", id -> post("/gezinnen").with(csrf()), 200, 403),
			new Endpoint("GET /gezinnen/{id}", id -> get("/gezinnen/{id}", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/plan", id -> get("/gezinnen/{id}/plan", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/zware-stappen", id -> get("/gezinnen/{id}/zware-stappen", id), 200, 403),
			new Endpoint("POST /gezinnen/{id}/leden (empty form)", id -> post("/gezinnen/{id}/leden", id).with(csrf())
					.param("householdVersion", "0"), 200, 403),
			new Endpoint("POST /gezinnen/{id}/plan/doelen (empty form)", id -> post("/gezinnen/{id}/plan/doelen", id)
					.with(csrf()).param("planVersion", "1"), 200, 403),
			new Endpoint("POST /gezinnen/{id}/zware-stappen (empty form)", id -> post("/gezinnen/{id}/zware-stappen", id)
					.with(csrf()), 200, 403),
			new Endpoint("POST /gezinnen/{id}/zware-stappen/controleren (empty form)",
					id -> post("/gezinnen/{id}/zware-stappen/controleren", id).with(csrf()), 200, 403),
			new Endpoint("GET /gezinnen/{id}/leden/nieuw", id -> get("/gezinnen/{id}/leden/nieuw", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/regisseur", id -> get("/gezinnen/{id}/regisseur", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/plan/wensen", id -> get("/gezinnen/{id}/plan/wensen", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/plan/doelen", id -> get("/gezinnen/{id}/plan/doelen", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/plan/acties", id -> get("/gezinnen/{id}/plan/acties", id), 200, 403),
			new Endpoint("GET /gezinnen/{id}/plan/akkoord", id -> get("/gezinnen/{id}/plan/akkoord", id), 200, 403));

	static final List<Endpoint> API = List.of(
			new Endpoint("POST /api/v1/households (invalid)", id -> post("/api/v1/households")
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("GET /api/v1/households/{id}", id -> get("/api/v1/households/{id}", id), 200, 403),
			new Endpoint("GET /api/v1/households/{id}/plan", id -> get("/api/v1/households/{id}/plan", id), 200, 403),
			new Endpoint("POST /api/v1/households/{id}/members (invalid)", id -> post("/api/v1/households/{id}/members", id)
					.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("POST /api/v1/households/{id}/case-director (invalid)", id -> post("/api/v1/households/{id}/case-director", id)
					.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("POST /api/v1/households/{id}/plan/wishes (invalid)", id -> post("/api/v1/households/{id}/plan/wishes", id)
					.header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("POST /api/v1/households/{id}/plan/actions (invalid)", id -> post("/api/v1/households/{id}/plan/actions", id)
					.header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("POST /api/v1/households/{id}/plan/agreement (invalid)", id -> post("/api/v1/households/{id}/plan/agreement", id)
					.header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("POST /api/v1/households/{id}/documents (invalid)", id -> post("/api/v1/households/{id}/documents", id)
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403),
			new Endpoint("POST /api/v1/households/{id}/heavy-steps (invalid)", id -> post("/api/v1/households/{id}/heavy-steps", id)
					.contentType(MediaType.APPLICATION_JSON).content("{}"), 400, 403));

	@BeforeEach
	void setUp() throws Exception {
		world = fixtures.newWorld();
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var body = mvc.perform(post("/api/v1/households").with(basic(users.get(YOUTH_PROFESSIONAL)))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Bakker\"}".formatted(RegisteredHelpRequests.register(registration, users.get(YOUTH_PROFESSIONAL)))))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		household = UUID.fromString(JsonPath.read(body, "$.id"));
	}

	@Test
	@DisplayName("PLAN-3, SEC-2: the list of young people in more than one household is for the team lead only")
	void showsDuplicateYoungPeopleOnlyToTheTeamLead() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var expected = role == TEAM_LEAD ? 200 : 403;
			var page = mvc.perform(get("/gezinnen/dubbel").session(TestFixtures.login(mvc, users.get(role))))
					.andReturn().getResponse().getStatus();
			var api = mvc.perform(get("/api/v1/households/duplicates").with(basic(users.get(role))))
					.andReturn().getResponse().getStatus();
			if (page != expected || api != expected) {
				failures.add(role + ": page " + page + ", API " + api + ", expected " + expected);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-3, SEC-2: each household page is for case workers only; the others get 403")
	void grantsEachHouseholdPageOnlyToCaseWorkers() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			var session = TestFixtures.login(mvc, users.get(role));
			for (var endpoint : UI) {
				var status = mvc.perform(endpoint.request().apply(household).session(session)).andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("PLAN-3, SEC-2: each household endpoint of the API is for case workers only; the others get 403")
	void grantsEachHouseholdApiEndpointOnlyToCaseWorkers() throws Exception {
		var failures = new ArrayList<String>();
		for (var role : Role.values()) {
			for (var endpoint : API) {
				var status = mvc.perform(endpoint.request().apply(household).with(basic(users.get(role))))
						.andReturn().getResponse().getStatus();
				expect(failures, endpoint, role, status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void sendsAnonymousCallersToTheLoginPageOrAnswers401() throws Exception {
		for (var endpoint : UI) {
			var response = mvc.perform(endpoint.request().apply(household)).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint.name()).isIn(302, 403);
		}
		for (var endpoint : API) {
			assertThat(mvc.perform(endpoint.request().apply(household)).andReturn().getResponse().getStatus())
					.as(endpoint.name()).isEqualTo(401);
		}
	}

	@Test
	@DisplayName("SEC-2: a case worker of another team reads with an audited reason and changes nothing")
	void letsAnotherTeamReadWithAReasonButNotChange() throws Exception {
		var colleague = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var session = TestFixtures.login(mvc, colleague);

		mvc.perform(get("/gezinnen/{id}/plan", household).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Waarom opent u dit gezin?")));
		mvc.perform(post("/gezinnen/{id}/inzage", household).session(session).with(csrf())
						.param("reason", "Waarneming tijdens ziekte collega").param("pagina", "PLAN"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gezinsplan Gezin Bakker")));
		mvc.perform(get("/api/v1/households/{id}", household).with(basic(colleague)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/reden-vereist")));
		mvc.perform(get("/api/v1/households/{id}", household).with(basic(colleague))
						.header("Jeugdregie-Access-Reason", "Spoedoverleg met Veilig Thuis"))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/households/{id}/members", household).with(basic(colleague)).header("If-Match", "0")
						.contentType(MediaType.APPLICATION_JSON).content("{\"memberName\":\"Piet\",\"memberRole\":\"PARENT\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/gezinnen/{id}/leden", household).session(session).with(csrf())
						.param("householdVersion", "0").param("memberName", "Piet").param("memberRole", "PARENT"))
				.andExpect(status().isForbidden());

		assertThat(jdbc.sql("select count(*) from household_member where household_id = ?").param(household)
				.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select reason from audit_event where actor_username = ? and action = 'READ' order by id")
				.param(colleague.username()).query(String.class).list())
				.containsExactly("Waarneming tijdens ziekte collega", "Spoedoverleg met Veilig Thuis");
	}

	@Test
	@DisplayName("SEC-2: another municipality gets 404 for reading and changing")
	void hidesTheHouseholdFromAnotherMunicipality() throws Exception {
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());

		mvc.perform(get("/api/v1/households/{id}/plan", household).with(basic(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/households/{id}/documents", household).with(basic(stranger))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"documentKind\":\"EXPLANATORY_ANALYSIS\",\"documentDate\":\"2026-11-16\",\"outcome\":\"x\"}"))
				.andExpect(status().isNotFound());
		var strangerSession = TestFixtures.login(mvc, stranger);
		for (var endpoint : UI.stream().filter(e -> e.name().contains("{id}")).toList()) {
			// Issue 13 item 2: the summary, every action page and the check steps answer 404 alike.
			assertThat(mvc.perform(endpoint.request().apply(household).session(strangerSession)).andReturn().getResponse()
					.getStatus()).as(endpoint.name()).isEqualTo(404);
		}
		mvc.perform(get("/api/v1/households/{id}", UUID.randomUUID()).with(basic(stranger))).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("SEC-2: every read, change and refusal of a household is audited without personal data")
	void auditsEveryReadChangeAndRefusal() throws Exception {
		var professional = users.get(YOUTH_PROFESSIONAL);
		mvc.perform(get("/api/v1/households/{id}/plan", household).with(basic(professional))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/households/{id}/members", household).with(basic(professional)).header("If-Match", "0")
						.contentType(MediaType.APPLICATION_JSON).content("{\"memberName\":\"Eva Bakker\",\"memberRole\":\"YOUNG_PERSON\"}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/households/{id}", household).with(basic(users.get(Role.POLICY_OFFICER))))
				.andExpect(status().isForbidden());

		var number = jdbc.sql("select number from household where id = ?").param(household).query(String.class).single();
		var client = jdbc.sql("select client_id from household where id = ?").param(household).query(UUID.class).single();
		var rows = jdbc.sql("""
				select actor_username, action, client_id, subject, what from audit_event where subject = ? order by id""")
				.param("Huishouden " + number)
				.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class).toString(),
						rs.getString(5)))
				.list();
		assertThat(rows).containsExactly(
				List.of(professional.username(), "CREATE", client.toString(), "Huishouden en samenwerkingsplan aangemaakt"),
				List.of(professional.username(), "READ", client.toString(), "Samenwerkingsplan bekeken (API)"),
				List.of(professional.username(), "UPDATE", client.toString(), "Lid toegevoegd aan huishouden (jeugdige)"),
				List.of(users.get(Role.POLICY_OFFICER).username(), "REFUSED", client.toString(), "Huishouden opvragen geweigerd"));
		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and what like '%Eva%'")
				.param("Huishouden " + number).query(Long.class).single()).isZero();
	}

	private static void expect(List<String> failures, Endpoint endpoint, Role role, int status) {
		var expected = CASE_WORKERS.contains(role) ? endpoint.allowedStatus() : endpoint.refusedStatus();
		if (status != expected) {
			failures.add(endpoint.name() + " as " + role + ": expected " + expected + " but was " + status);
		}
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
