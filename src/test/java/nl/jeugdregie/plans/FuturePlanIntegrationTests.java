package nl.jeugdregie.plans;

import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Future plans 18-/18+ through the API and the pages (PLAN-4); the fixed clock is Monday 2026-11-16. */
@IntegrationTest
class FuturePlanIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;

	TestFixtures.World world;
	CurrentUser professional;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test
	@DisplayName("PLAN-4: builds a future plan with life domains, who does what, and the dates around 18")
	void buildsAFuturePlanWithLifeDomainsAndDates() throws Exception {
		var household = household(professional, "Gezin Yilmaz");
		var emre = member(household, 0, "Emre Yilmaz", "2009-01-10");

		var plan = created(mvc.perform(post("/api/v1/households/{id}/future-plans", household).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"youngPerson\":\"%s\",\"motivation\":\"Ik wil op kamers en een opleiding in de zorg\"}".formatted(emre)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(post("/api/v1/households/{id}/future-plans/{plan}/domains", household, plan).with(basic(professional))
						.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("""
								{"domain":"HOUSING","currentSituation":"Woont bij zijn moeder","needed":"Een kamer in Oss",
								 "networkDoes":"Oom Karim helpt zoeken","formalDoes":"Jeugdprofessional meldt aan bij woningcorporatie"}"""))
				.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/households/{id}/future-plans/{plan}/domains", household, plan).with(basic(professional))
						.header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("""
								{"domain":"HOUSING","currentSituation":"Woont bij zijn moeder","needed":"Een kamer in Oss of Berghem",
								 "networkDoes":"Oom Karim helpt zoeken"}"""))
				.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/households/{id}/future-plans/{plan}/dates", household, plan).with(basic(professional))
						.header("If-Match", "2").contentType(MediaType.APPLICATION_JSON)
						.content("{\"dateKind\":\"END_OF_YOUTH_CARE\",\"dateOn\":\"2027-01-10\",\"dateDescription\":\"Ambulante jeugdhulp stopt\"}"))
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/{id}/future-plans/{plan}", household, plan).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"3\""))
				.andExpect(jsonPath("$.age").value(17))
				.andExpect(jsonPath("$.eighteenthBirthday").value("2027-01-10"))
				.andExpect(jsonPath("$.motivation").value("Ik wil op kamers en een opleiding in de zorg"))
				.andExpect(jsonPath("$.domains.length()").value(1))
				.andExpect(jsonPath("$.domains[0].needed").value("Een kamer in Oss of Berghem"))
				.andExpect(jsonPath("$.domains[0].formalDoes").doesNotExist())
				.andExpect(jsonPath("$.dates[0].kind").value("END_OF_YOUTH_CARE"));
		mvc.perform(get("/gezinnen/{id}/toekomstplan/{plan}", household, plan).session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Toekomstplan van Emre Yilmaz")))
				.andExpect(content().string(containsString("Oom Karim helpt zoeken")))
				.andExpect(content().string(containsString("Ambulante jeugdhulp stopt")));
	}

	@Test
	@DisplayName("PLAN-4: refuses a future plan for a young person outside the age range, with a Dutch reason, saving nothing")
	void refusesAFuturePlanOutsideTheAgeRange() throws Exception {
		var household = household(professional, "Gezin Jansen");
		var fifteen = member(household, 0, "Sem Jansen", "2011-03-01");
		var twentyEight = member(household, 1, "Lotte Jansen", "1998-01-01");

		mvc.perform(post("/api/v1/households/{id}/future-plans", household).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content("{\"youngPerson\":\"%s\"}".formatted(fifteen)))
				.andExpect(status().is(422))
				.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/leeftijd-buiten-doelgroep")))
				.andExpect(jsonPath("$.errors[0].field").value("youngPerson"))
				.andExpect(jsonPath("$.errors[0].message").value(
						"Deze jongere is 15 jaar. Een toekomstplan is voor jongeren van 16 tot en met 27 jaar."));
		mvc.perform(post("/gezinnen/{id}/toekomstplan", household).session(TestFixtures.login(mvc, professional)).with(csrf())
						.param("youngPerson", twentyEight.toString()))
				.andExpect(status().is(422))
				.andExpect(content().string(containsString("Deze jongere is 28 jaar.")));

		assertThat(jdbc.sql("select count(*) from future_plan where household_id = ?").param(household)
				.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'REFUSED' and what like 'Toekomstplan geweigerd%'")
				.param(professional.username()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	@DisplayName("PLAN-4: a stale plan version answers 409 and saves nothing; a second plan for the same young person is refused")
	void refusesAStaleChangeAndASecondPlan() throws Exception {
		var household = household(professional, "Gezin De Boer");
		var noor = member(household, 0, "Noor de Boer", "2009-03-01");
		var plan = created(mvc.perform(post("/api/v1/households/{id}/future-plans", household).with(basic(professional))
				.contentType(MediaType.APPLICATION_JSON).content("{\"youngPerson\":\"%s\"}".formatted(noor)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		mvc.perform(post("/api/v1/households/{id}/future-plans/{plan}/dates", household, plan).with(basic(professional))
						.header("If-Match", "7").contentType(MediaType.APPLICATION_JSON)
						.content("{\"dateKind\":\"APPLICATION_DEADLINE\",\"dateOn\":\"2027-02-01\",\"dateDescription\":\"Zorgtoeslag aanvragen\"}"))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/households/{id}/future-plans", household).with(basic(professional))
						.contentType(MediaType.APPLICATION_JSON).content("{\"youngPerson\":\"%s\"}".formatted(noor)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("heeft al een toekomstplan")));
		mvc.perform(post("/api/v1/households/{id}/future-plans/{plan}/domains", household, plan).with(basic(professional))
						.header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
						.content("{\"domain\":\"FINANCES\",\"currentSituation\":\"Geen rekening\",\"needed\":\"Een bankrekening\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("networkDoes"));

		assertThat(jdbc.sql("select count(*) from future_plan_date").query(Long.class).single()).isNotNegative();
		assertThat(jdbc.sql("select count(*) from future_plan_date where plan_id = ?").param(plan).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("PLAN-4: the worklist shows the team's young people turning 18 within the horizon without a future plan, soonest first")
	void listsYoungPeopleTurningEighteenWithoutAPlanSoonestFirst() throws Exception {
		var household = household(professional, "Gezin Peters");
		var later = member(household, 0, "Bram Peters", "2009-04-20");
		var sooner = member(household, 1, "Fenna Peters", "2008-12-24");
		member(household, 2, "Tim Peters", "2009-12-01");
		var withPlan = member(household, 3, "Iris Peters", "2009-01-05");
		mvc.perform(post("/api/v1/households/{id}/future-plans", household).with(basic(professional))
				.contentType(MediaType.APPLICATION_JSON).content("{\"youngPerson\":\"%s\"}".formatted(withPlan)))
				.andExpect(status().isCreated());
		var otherTeam = fixtures.user(YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var elsewhere = household(otherTeam, "Gezin Smits");
		member(elsewhere, 0, "Daan Smits", "2009-01-01");

		var body = mvc.perform(get("/api/v1/future-plans/worklist").with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.horizonMonths").value(6))
				.andExpect(jsonPath("$.until").value("2027-05-16"))
				.andReturn().getResponse().getContentAsString();
		List<String> youngPeople = JsonPath.read(body, "$.youngPeople[*].youngPerson");
		assertThat(youngPeople).containsExactly(sooner.toString(), later.toString());
		assertThat(JsonPath.<Integer>read(body, "$.youngPeople[0].daysUntil")).isEqualTo(38);

		mvc.perform(get("/toekomstplannen").session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Fenna Peters")))
				.andExpect(content().string(containsString("Bram Peters")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tim Peters"))))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Iris Peters"))))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Daan Smits"))));
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and what like 'Werklijst toekomstplannen bekeken%'")
				.param(professional.username()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	@DisplayName("PLAN-4: the household's future plan page lists its young people and offers a plan only within the age range")
	void showsTheYoungPeopleOfTheHousehold() throws Exception {
		var household = household(professional, "Gezin Visser");
		member(household, 0, "Mila Visser", "2009-06-01");
		member(household, 1, "Jip Visser", "2015-06-01");

		mvc.perform(get("/gezinnen/{id}/toekomstplan", household).session(TestFixtures.login(mvc, professional)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Toekomstplan 18-/18+ Gezin Visser")))
				.andExpect(content().string(containsString("Nog geen plan")))
				.andExpect(content().string(containsString("Buiten de leeftijd voor een toekomstplan")));
		mvc.perform(get("/api/v1/households/{id}/future-plans", household).with(basic(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.age == 17)].eligible").value(true))
				.andExpect(jsonPath("$[?(@.age == 11)].eligible").value(false));
	}

	UUID household(CurrentUser user, String name) throws Exception {
		return created(mvc.perform(post("/api/v1/households").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"%s\"}".formatted(RegisteredHelpRequests.register(registration, user), name)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	UUID member(UUID household, int version, String name, String dateOfBirth) throws Exception {
		var owner = jdbc.sql("select created_by from household where id = ?").param(household).query(String.class).single();
		return created(mvc.perform(post("/api/v1/households/{id}/members", household)
						.with(httpBasic(owner, TestFixtures.PASSWORD)).header("If-Match", String.valueOf(version))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"memberName\":\"%s\",\"memberRole\":\"YOUNG_PERSON\",\"memberDateOfBirth\":\"%s\",\"memberRelation\":\"kind\"}"
								.formatted(name, dateOfBirth)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	static UUID created(String body) {
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
