package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The help-request slice through the REST API: registration (TOE-1, TOE-3), the worklist with the TOE-5 norm
 * clock, the first conversation, bad input, and who may open which file with every access audited (SEC-2).
 * "Today" is Monday 16 November 2026 (application-test.yml).
 */
@IntegrationTest
class HelpRequestApiIntegrationTests {

	static final String VALID = """
			{"givenName":"Sem","familyName":"de Jong","dateOfBirth":"2016-03-01","bsn":"123456782",
			 "carerName":"Anna de Jong","carerRelation":"moeder","channel":"PHONE","referrer":"SCHOOL",
			 "question":"Zorgen over gedrag op school."}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser professional;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test // TOE-1, TOE-3, TOE-5
	void registersARequestThatAppearsOnTheTeamWorklistWithTwoWeeksOnItsClock() throws Exception {
		var id = register(professional, VALID);

		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.number").value("HV-" + world.municipality().value() + "-2026-000001"))
				.andExpect(jsonPath("$.referrer").value("SCHOOL"))
				.andExpect(jsonPath("$.channel").value("PHONE"))
				.andExpect(jsonPath("$.registeredOn").value("2026-11-16"))
				.andExpect(jsonPath("$.treatmentDeadline").value("2026-11-30"))
				.andExpect(jsonPath("$.state").value("AWAITING_TREATMENT"));
		mvc.perform(get("/api/v1/worklist").with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.waiting").value(1))
				.andExpect(jsonPath("$.running[0].id").value(id.toString()))
				.andExpect(jsonPath("$.running[0].clock.daysLeft").value(14))
				.andExpect(jsonPath("$.running[0].clock.text").value("Nog 14 dagen"));
	}

	@Test // TOE-5
	void putsTheRequestInTreatmentAtTheFirstConversationOnceOnly() throws Exception {
		var id = register(professional, VALID);

		mvc.perform(post("/api/v1/help-requests/{id}/first-conversation", id).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-11-16\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("IN_TRIAGE"))
				.andExpect(jsonPath("$.clock.status").value("STARTED_IN_TIME"));
		mvc.perform(post("/api/v1/help-requests/{id}/first-conversation", id).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-11-16\"}"))
				.andExpect(status().isConflict())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/worklist").with(basic(professional)))
				.andExpect(jsonPath("$.waiting").value(0))
				.andExpect(jsonPath("$.recentlyStarted", hasSize(1)));
	}

	@Test
	void refusesAFirstConversationBeforeRegistrationOrInTheFuture() throws Exception {
		var id = register(professional, VALID);

		for (var date : new String[] { "2026-11-15", "2026-11-17" }) {
			mvc.perform(post("/api/v1/help-requests/{id}/first-conversation", id).with(basic(professional))
							.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + date + "\"}"))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("date"));
		}
		assertThat(stateOf(id)).isEqualTo("AWAITING_TREATMENT");
	}

	@Test // TOE-1
	void refusesBadInputWithDutchProblemDetailsAndSavesNothing() throws Exception {
		var tooOld = VALID.replace("2016-03-01", "2002-11-16").replace("123456782", "123456789")
				.replace("\"Sem\"", "\"" + "S".repeat(101) + "\"");

		mvc.perform(post("/api/v1/help-requests").with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content(tooOld))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Ongeldige invoer"))
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("givenName", "dateOfBirth", "bsn")))
				.andExpect(jsonPath("$.errors[?(@.field=='bsn')].message").value(
						org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("elfproef"))));
		mvc.perform(post("/api/v1/help-requests").with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content(VALID.replace("2016-03-01", "2027-01-01")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("De geboortedatum kan niet na vandaag liggen."));
		mvc.perform(post("/api/v1/help-requests").with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"PIGEON\"}"))
				.andExpect(status().isBadRequest());
		assertThat(requestsIn(world.municipality())).isZero();
	}

	@Test // SEC-2
	void letsACaseWorkerOfAnotherTeamOpenAFileOnlyWithAnAuditedReason() throws Exception {
		var id = register(professional, VALID);
		var colleague = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());

		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(colleague)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/reden-vereist")));
		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(colleague))
						.header("Jeugdregie-Access-Reason", "Waarneming tijdens vakantie collega"))
				.andExpect(status().isOk());

		assertThat(jdbc.sql("select reason from audit_event where actor_username = ? and action = 'READ'")
				.param(colleague.username()).query(String.class).list())
				.containsExactly("Waarneming tijdens vakantie collega");
	}

	@Test // SEC-2
	void hidesFilesFromOtherMunicipalitiesAndRolesWithoutCasesAndAuditsTheRefusal() throws Exception {
		var id = register(professional, VALID);
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var administrator = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);

		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(stranger)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		for (var user : new CurrentUser[] { policyOfficer, provider, administrator }) {
			mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(user)))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.detail").exists());
		}
		mvc.perform(get("/api/v1/help-requests/{id}", UUID.randomUUID()).with(basic(professional)))
				.andExpect(status().isNotFound());

		for (var user : new CurrentUser[] { stranger, policyOfficer, provider, administrator }) {
			assertThat(actions(user)).as(user.username()).containsExactly("REFUSED");
		}
	}

	@Test // SEC-2
	void auditsEveryReadAndChangeOfTheFile() throws Exception {
		var id = register(professional, VALID);
		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(professional))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/help-requests/{id}/first-conversation", id).with(basic(professional))
				.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-11-16\"}")).andExpect(status().isOk());

		var client = jdbc.sql("select client_id from help_request where id = ?").param(id).query(UUID.class).single();
		var rows = jdbc.sql("""
				select action, actor_role, subject from audit_event where client_id = ? order by id""")
				.param(client).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
		var number = jdbc.sql("select number from help_request where id = ?").param(id).query(String.class).single();
		assertThat(rows).containsExactly(
				"CREATE YOUTH_PROFESSIONAL Hulpvraag " + number,
				"READ YOUTH_PROFESSIONAL Hulpvraag " + number,
				"UPDATE YOUTH_PROFESSIONAL Hulpvraag " + number,
				"READ YOUTH_PROFESSIONAL Hulpvraag " + number);
	}

	@Test
	void recognisesAReturningYoungPersonByBsnWithinTheMunicipality() throws Exception {
		var first = register(professional, VALID);
		var second = register(professional, VALID.replace("Zorgen over gedrag op school.", "Nieuwe vraag."));

		assertThat(clientOf(second)).isEqualTo(clientOf(first));
	}

	UUID register(CurrentUser user, String json) throws Exception {
		var response = mvc.perform(post("/api/v1/help-requests").with(basic(user))
						.contentType(MediaType.APPLICATION_JSON).content(json))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", startsWith("/api/v1/help-requests/")))
				.andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(response, "$.id"));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}

	String stateOf(UUID id) {
		return jdbc.sql("select state from help_request where id = ?").param(id).query(String.class).single();
	}

	UUID clientOf(UUID id) {
		return jdbc.sql("select client_id from help_request where id = ?").param(id).query(UUID.class).single();
	}

	long requestsIn(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from help_request where municipality_code = ?").param(municipality.value())
				.query(Long.class).single();
	}

	/** What the user did to client files; her logins are in the trail too (ADR 0020), but are not accesses. */
	java.util.List<String> actions(CurrentUser user) {
		return jdbc.sql("""
				select action from audit_event where actor_username = ? and action in ('READ', 'CREATE', 'UPDATE', 'REFUSED')
				order by id""").param(user.username()).query(String.class).list();
	}
}
