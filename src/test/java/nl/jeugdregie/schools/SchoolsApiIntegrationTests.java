package nl.jeugdregie.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.schools.internal.location.LocationService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The schools module through its REST API: rules, refusals with nothing saved, and the figures monitoring counts. */
@IntegrationTest
@DisplayName("Issue 17: schools connected to the CJG through the API (OND-1 … OND-7)")
class SchoolsApiIntegrationTests {

	private static final String LOCATION = """
			{"name":"Basisschool De Proef","brin":"%s","locationNumber":"00","street":"Proefstraat","houseNumber":"1",
			 "postcode":"%s","city":"Oss","type":"PRIMARY","pupils":210,"connectionType":"%s","since":"2026-09-01"%s}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired LocationService locations;
	@Autowired Clock clock;

	@Test
	@DisplayName("OND-1: invalid BRIN or postcode and an extra connection without reason answer 400 in Dutch, nothing saved")
	void refusesBadLocationsAndSavesNothing() throws Exception {
		var world = fixtures.newWorld();
		var policy = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		mvc.perform(post("/api/v1/schools/locations").with(basic(policy)).contentType(MediaType.APPLICATION_JSON)
						.content(LOCATION.formatted("1AB", "534 AB", "BASIS", "")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("brin", "postcode")))
				.andExpect(jsonPath("$.errors[?(@.field=='brin')].message")
						.value(hasItem("Vul een geldig BRIN-nummer in: 2 cijfers en 2 letters, bijvoorbeeld 12AB.")));
		mvc.perform(post("/api/v1/schools/locations").with(basic(policy)).contentType(MediaType.APPLICATION_JSON)
						.content(LOCATION.formatted("12AB", "5341 AB", "EXTRA", "")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(locationsIn(world.municipality())).isZero();

		var created = mvc.perform(post("/api/v1/schools/locations").with(basic(policy)).contentType(MediaType.APPLICATION_JSON)
						.content(LOCATION.formatted("12ab", "5341 ab", "EXTRA", ",\"reason\":\"Veel hulpvragen\",\"realised\":false")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.brin").value("12AB"))
				.andExpect(jsonPath("$.postcode").value("5341AB"))
				.andExpect(jsonPath("$.connection.realised").value(false))
				.andReturn().getResponse().getContentAsString();
		var id = UUID.fromString(JsonPath.read(created, "$.id"));
		mvc.perform(post("/api/v1/schools/locations").with(basic(policy)).contentType(MediaType.APPLICATION_JSON)
						.content(LOCATION.formatted("12AB", "5341AB", "BASIS", "")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Uw gemeente heeft al een locatie met code 12AB00."));

		// Planned vs realised: the 12th "extra" school becomes realised; a stale version changes nothing.
		var realised = "{\"connectionType\":\"EXTRA\",\"since\":\"2026-09-01\",\"reason\":\"Veel hulpvragen\",\"realised\":true}";
		mvc.perform(put("/api/v1/schools/locations/{id}/connection", id).with(basic(policy)).header("If-Match", "\"7\"")
						.contentType(MediaType.APPLICATION_JSON).content(realised))
				.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/schools/locations/{id}/connection", id).with(basic(policy)).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"connectionType\":\"EXTRA\",\"since\":\"2026-09-01\",\"reason\":\"\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/schools/locations/{id}/connection", id).with(basic(policy)).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON).content(realised))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.connection.realised").value(true))
				.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	@DisplayName("OND-1: DUO's CSV is imported whole or not at all, with every problem named by row and column")
	void importsDuosFileAllOrNothing() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var header = "INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;SOORT;LEERLINGEN\n";
		var bad = header + "12AB;12AB00;De Eik;Straat;1;5341AB;Oss;BAO;200\n13AB;01;De Beuk;Straat;2;05341;Oss;VO;900\n";

		mvc.perform(post("/api/v1/schools/locations/import").with(basic(lead)).contentType("text/csv").content(bad))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(
						"Regel 3, kolom POSTCODE: Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 5341 AB."));
		assertThat(locationsIn(world.municipality())).isZero();

		var good = bad.replace("05341", "5342 CD");
		mvc.perform(post("/api/v1/schools/locations/import").with(basic(lead)).contentType("text/csv").content(good))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.added").value(2));
		mvc.perform(post("/api/v1/schools/locations/import").with(basic(lead)).contentType("text/csv")
						.content(good.replace("De Eik", "De Grote Eik")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.added").value(0))
				.andExpect(jsonPath("$.updated").value(2));
		mvc.perform(get("/api/v1/schools/locations").with(basic(lead)))
				.andExpect(jsonPath("$[*].name").value(containsInAnyOrder("De Grote Eik", "De Beuk")))
				.andExpect(jsonPath("$[*].connection.type").value(containsInAnyOrder("BASIS", "BASIS")));
	}

	@Test
	@DisplayName("OND-4: an absent OCP is covered by the stand-in; without either the location is on the list without cover")
	void coversAnAbsentOcpWithTheStandIn() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var ocp = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var standIn = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var policy = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var otherWorld = fixtures.newWorld();
		var elsewhere = fixtures.user(Role.YOUTH_PROFESSIONAL, otherWorld.municipality(), otherWorld.team());
		var today = LocalDate.now(clock);
		var school = SchoolsTestData.location(locations, lead, 1, SchoolType.SECONDARY, SchoolsTestData.basis(today));

		mvc.perform(put("/api/v1/schools/locations/{id}/contact-persons", school.id().value()).with(basic(lead))
						.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
						.content("{\"ocp\":\"" + policy.username() + "\",\"standIn\":\"" + elsewhere.username() + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("ocp", "standIn")));
		mvc.perform(put("/api/v1/schools/locations/{id}/contact-persons", school.id().value()).with(basic(lead))
						.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
						.content("{\"ocp\":\"" + ocp.username() + "\",\"standIn\":\"" + standIn.username() + "\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ocp").value(ocp.username()));

		mvc.perform(post("/api/v1/schools/absences").with(basic(lead)).contentType(MediaType.APPLICATION_JSON)
						.content(absence(ocp, today, today.minusDays(1))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("lastDay"))
				.andExpect(jsonPath("$.errors[0].message").value("De laatste dag mag niet voor de eerste dag liggen."));
		assertThat(jdbc.sql("select count(*) from ocp_absence where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();

		mvc.perform(post("/api/v1/schools/absences").with(basic(lead)).contentType(MediaType.APPLICATION_JSON)
						.content(absence(ocp, today.minusDays(1), today.plusDays(5))))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/schools/without-cover").with(basic(policy))).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(post("/api/v1/schools/absences").with(basic(lead)).contentType(MediaType.APPLICATION_JSON)
						.content(absence(standIn, today, today)))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/schools/without-cover").with(basic(policy)))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].cover").value("School neemt rechtstreeks contact op met het CJG"));
	}

	@Test
	@DisplayName("OND-2, OND-4: visits, ZAT meetings and the worklist of locations behind their norm")
	void recordsVisitsAndZatMeetingsAndListsLocationsBehindTheirNorm() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var ocp = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var today = LocalDate.now(clock);
		var visited = SchoolsTestData.location(locations, lead, 1, SchoolType.SECONDARY, SchoolsTestData.basis(today.minusYears(1)));
		var forgotten = SchoolsTestData.location(locations, lead, 2, SchoolType.PRIMARY, SchoolsTestData.basis(today.minusYears(1)));
		var extra = SchoolsTestData.location(locations, lead, 3, SchoolType.PRIMARY, SchoolsTestData.extra(today.minusYears(1), true));

		mvc.perform(post("/api/v1/schools/locations/{id}/visits", visited.id().value()).with(basic(ocp))
						.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ON_SITE\",\"date\":\"" + today.plusDays(1) + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("De datum van het contact mag niet in de toekomst liggen."));
		mvc.perform(post("/api/v1/schools/locations/{id}/visits", visited.id().value()).with(basic(ocp))
						.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PHONE\",\"date\":\"" + today + "\"}"))
				.andExpect(status().isCreated());
		// A ZAT meeting the OCP joined counts as contact; the extra school still lacks its half-day on site.
		mvc.perform(post("/api/v1/schools/locations/{id}/zat-meetings", extra.id().value()).with(basic(ocp))
						.contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"" + today.plusDays(3) + "\",\"ocpTookPart\":true}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/schools/locations/{id}/zat-meetings", extra.id().value()).with(basic(ocp))
						.contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"" + today.minusDays(1) + "\",\"ocpTookPart\":true}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/schools/locations/{id}/zat-meetings", extra.id().value()).with(basic(ocp)))
				.andExpect(jsonPath("$[0].ocpTookPart").value(true));

		mvc.perform(get("/api/v1/schools/worklist").with(basic(lead)))
				.andExpect(jsonPath("$[*].name").value(containsInAnyOrder(forgotten.name(), extra.name())))
				.andExpect(jsonPath("$[?(@.name=='" + extra.name() + "')].shortfalls[0]").value(hasItem(
						"Aanwezigheid op locatie (extra aansluiting): 0 keer in de afgelopen week, norm minimaal 1 keer per week")));
		mvc.perform(post("/api/v1/schools/locations/{id}/visits", extra.id().value()).with(basic(ocp))
						.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ON_SITE\",\"date\":\"" + today + "\"}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/schools/worklist").with(basic(lead)))
				.andExpect(jsonPath("$[*].name").value(containsInAnyOrder(forgotten.name())));
		mvc.perform(get("/api/v1/schools/norms").with(basic(lead)))
				.andExpect(jsonPath("$[?(@.subject=='SECONDARY')].period").value(hasItem("WEEK")))
				.andExpect(jsonPath("$[?(@.subject=='PRIMARY')].period").value(hasItem("MONTH")));
	}

	@Test
	@DisplayName("OND-6: family contact persons only on primary schools with an extra connection")
	void keepsFamilyContactPersonsOnPrimarySchoolsWithExtraConnection() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var today = LocalDate.now(clock);
		var extra = SchoolsTestData.location(locations, lead, 1, SchoolType.PRIMARY, SchoolsTestData.extra(today, true));
		var basis = SchoolsTestData.location(locations, lead, 2, SchoolType.PRIMARY, SchoolsTestData.basis(today));

		mvc.perform(post("/api/v1/schools/family-contact-persons").with(basic(lead)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"Yvonne Test\",\"since\":\"2026-08-30\",\"schools\":[\"" + basis.id() + "\"]}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("schools"));
		mvc.perform(post("/api/v1/schools/family-contact-persons").with(basic(lead)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"Yvonne Test\",\"since\":\"2026-08-30\",\"schools\":[\"" + extra.id() + "\"]}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/schools/family-contact-persons").with(basic(lead)))
				.andExpect(jsonPath("$[0].name").value("Yvonne Test"))
				.andExpect(jsonPath("$[0].since").value("2026-08-30"))
				.andExpect(jsonPath("$[0].schools[0]").value(extra.name()));
	}

	@Test
	@DisplayName("OND-5: a help request names the referring school location; monitoring counts it, next to the waiting list")
	void countsQuestionsFromSchools() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var otherWorld = fixtures.newWorld();
		var foreign = SchoolsTestData.location(locations, fixtures.user(Role.TEAM_LEAD, otherWorld.municipality(),
				otherWorld.team()), 1, SchoolType.PRIMARY, SchoolsTestData.basis(LocalDate.now(clock)));
		var school = SchoolsTestData.location(locations, lead, 1, SchoolType.PRIMARY, SchoolsTestData.extra(LocalDate.now(clock), true));

		mvc.perform(post("/api/v1/help-requests").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
						.content(request(foreign.id().value())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("schoolLocation"));
		for (var i = 0; i < 3; i++) {
			mvc.perform(post("/api/v1/help-requests").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
							.content(request(school.id().value())))
					.andExpect(status().isCreated());
		}
		assertThat(jdbc.sql("select count(*) from help_request where school_location_id = ?").param(school.id().value())
				.query(Long.class).single()).isEqualTo(3);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
						"select count(*) from monitoring_school_question where municipality_code = ? and school_location_id = ?")
				.params(world.municipality().value(), school.id().value()).query(Long.class).single() == 3);

		// Aggregate and suppressed: three questions are a small group, so the report never shows 3 (ADR 0021).
		mvc.perform(get("/api/v1/reports/schools").with(basic(lead)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.months", hasSize(12)))
				.andExpect(jsonPath("$.perConnection[*].name").value(containsInAnyOrder("Basis", "Extra")))
				.andExpect(jsonPath("$.perLocation[0].questions.value").value(0))
				.andExpect(jsonPath("$.months[11].questionsFromSchools.value").value(not(3)))
				.andExpect(jsonPath("$.legend[0]").exists());
	}

	@Test
	@DisplayName("OND-7: the compulsory-education officer keeps the list; a linked help request is not revealed to her")
	void keepsChildrenOutOfSchoolAuditedWithoutRevealingTheLinkedFile() throws Exception {
		var world = fixtures.newWorld();
		var officer = fixtures.user(Role.COMPULSORY_EDUCATION_OFFICER, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var otherWorld = fixtures.newWorld();
		var foreignRequest = register(fixtures.user(Role.YOUTH_PROFESSIONAL, otherWorld.municipality(), otherWorld.team()));
		var ownRequest = register(professional);
		var today = LocalDate.now(clock);

		mvc.perform(post("/api/v1/schools/out-of-school").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content(child(today.plusDays(1), foreignRequest)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("since", "helpRequest")))
				.andExpect(jsonPath("$.errors[?(@.field=='helpRequest')].message")
						.value(hasItem("Deze hulpvraag is niet bekend in uw gemeente. Controleer het nummer.")));
		mvc.perform(post("/api/v1/schools/out-of-school").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content(child(today.minusDays(1), UUID.randomUUID())))
				.andExpect(jsonPath("$.errors[0].message").value("Deze hulpvraag is niet bekend in uw gemeente. Controleer het nummer."));
		assertThat(jdbc.sql("select count(*) from out_of_school_child where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();

		var created = mvc.perform(post("/api/v1/schools/out-of-school").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content(child(today.minusDays(30), ownRequest)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.linkedToHelpRequest").value(true))
				.andExpect(jsonPath("$.helpRequest").doesNotExist())
				.andReturn().getResponse().getContentAsString();
		var id = UUID.fromString(JsonPath.read(created, "$.id"));
		mvc.perform(get("/api/v1/help-requests/{id}", ownRequest).with(basic(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/schools/out-of-school/{id}", id).with(basic(professional)))
				.andExpect(jsonPath("$.helpRequest").value(ownRequest.toString()));
		mvc.perform(get("/api/v1/schools/out-of-school").with(basic(officer))).andExpect(jsonPath("$", hasSize(1)));
		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and action in ('CREATE', 'READ')")
				.param("thuiszitter:" + id).query(Long.class).single()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
						"select count(*) from monitoring_out_of_school where record_id = ?").param(id).query(Long.class).single() == 1);

		mvc.perform(post("/api/v1/schools/out-of-school/{id}/back-at-school", id).with(basic(officer)).header("If-Match", "\"0\"")
						.contentType(MediaType.APPLICATION_JSON).content("{\"backOn\":\"" + today + "\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.backAtSchoolOn").value(today.toString()));
		mvc.perform(get("/api/v1/schools/out-of-school").with(basic(officer))).andExpect(jsonPath("$", hasSize(0)));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
						"select count(*) from monitoring_out_of_school where record_id = ? and back_at_school_on is not null")
				.param(id).query(Long.class).single() == 1);
	}

	private UUID register(CurrentUser professional) throws Exception {
		var body = mvc.perform(post("/api/v1/help-requests").with(basic(professional)).contentType(MediaType.APPLICATION_JSON)
						.content(request(null)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private static String request(UUID school) {
		return """
				{"givenName":"Sem","familyName":"de Jong","dateOfBirth":"2016-03-01","channel":"PHONE","referrer":"SCHOOL",
				 "question":"Zorgen over gedrag op school."%s}""".formatted(school == null ? "" : ",\"schoolLocation\":\"" + school + "\"");
	}

	private static String child(LocalDate since, UUID helpRequest) {
		return """
				{"givenName":"Daan","familyName":"Test","dateOfBirth":"2012-03-01","since":"%s","reason":"ILLNESS",
				 "nextStep":"Gesprek met ouders en school","helpRequest":"%s"}""".formatted(since, helpRequest);
	}

	private static String absence(CurrentUser who, LocalDate first, LocalDate last) {
		return "{\"username\":\"" + who.username() + "\",\"firstDay\":\"" + first + "\",\"lastDay\":\"" + last + "\"}";
	}

	private long locationsIn(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from school_location where municipality_code = ?").param(municipality.value())
				.query(Long.class).single();
	}

	static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
