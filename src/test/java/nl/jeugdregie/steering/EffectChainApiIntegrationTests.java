package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * STU-2 over the REST API and on the type-of-work page: Oss's seeded chains from memo 001 (read only), and editing on
 * a fresh municipality with the small test assignment. Today is 16 November 2026, so a quarterly norm's latest
 * figure is the one over 2026-K3.
 */
@IntegrationTest
class EffectChainApiIntegrationTests {

	static final String ISW_IMPACT = "Door te focussen op eigen kracht en het inzetten van het sociaal netwerk zodat de "
			+ "persoonlijke situatie beheersbaar wordt en zwaardere zorg wordt voorkomen: GGZ-behandeling, schuldsanering, "
			+ "uithuisplaatsing kinderen en uithuiszetting.";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("STU-2: Oss's 2021 effect chains are seeded in the memo's own words, silent links left empty")
	void servesOssSeededChainsInTheMemosWords() throws Exception {
		var officer = fixtures.user(Role.POLICY_OFFICER, SteeringSeedIntegrationTests.OSS, null);

		mvc.perform(get("/api/v1/steering/types-of-work/" + ossType("INDIVIDUAL_SOCIAL_WORK") + "/effect-chain")
						.with(basic(officer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.steps[*].link").value(Matchers.contains("INPUT", "THROUGHPUT", "OUTPUT", "OUTCOME", "IMPACT")))
				.andExpect(jsonPath("$.steps[0].label").value("Input (middelen)"))
				.andExpect(jsonPath("$.steps[0].text").value(Matchers.endsWith("Subtotaal: 23,10 fte, € 2.520.969,18")))
				.andExpect(jsonPath("$.steps[2].text").value(Matchers.containsString(
						"90% van de aangemelde inwoners heeft binnen vier weken na aanmelding een eerste vraagverhelderingsgesprek, 100% binnen zes weken.")))
				.andExpect(jsonPath("$.steps[4].text").value(ISW_IMPACT))
				.andExpect(jsonPath("$.steps[4].source").value("Memo 001, 3.2 Individueel Sociaal Werk, Gewenste situatie 2"))
				.andExpect(jsonPath("$.goals[0].indicators[0].name").value("Eerste vraagverhelderingsgesprek binnen vier weken"))
				.andExpect(jsonPath("$.goals[0].indicators[0].norm.code").value("ISW-1"))
				.andExpect(jsonPath("$.goals[0].indicators[0].target").value(90.0))
				.andExpect(jsonPath("$.goals[0].indicators[0].latest.period").value("2026-K3"))
				.andExpect(jsonPath("$.goals[0].indicators[1].norm.code").value("ISW-2"))
				.andExpect(jsonPath("$.goals[3].indicators[0].norm.code").value("ISW-3"))
				.andExpect(jsonPath("$.goals[7].indicators[0].norm.code").value("ISW-4"));
		mvc.perform(get("/api/v1/steering/types-of-work/" + ossType("COLLECTIVE_SOCIAL_WORK") + "/effect-chain")
						.with(basic(officer)))
				.andExpect(jsonPath("$.steps[3].text").value("Doordat inwoners samen dingen doen ontstaan er duurzame contacten tussen inwoners."))
				.andExpect(jsonPath("$.goals[0].indicators[0].norm.code").value("ISW-5"))
				.andExpect(jsonPath("$.goals[1].indicators[0].name").value("Herhaalde hulpvragen binnen een jaar"))
				.andExpect(jsonPath("$.goals[1].indicators[0].latest").value(Matchers.nullValue()))
				.andExpect(jsonPath("$.goals[6].indicators[0].norm.code").value("CSW-1"))
				.andExpect(jsonPath("$.goals[8].indicators[*].norm.code").value(Matchers.contains("CSW-2", "CSW-3")));
		mvc.perform(get("/api/v1/steering/types-of-work/" + ossType("YOUTH") + "/effect-chain").with(basic(officer)))
				.andExpect(jsonPath("$.steps[1].text").value(Matchers.startsWith(
						"Het CJG neemt alle hulpvragen van een jeugdige in de leeftijd van 0-23 jaar in behandeling.")))
				.andExpect(jsonPath("$.steps[3].described").value(false))
				.andExpect(jsonPath("$.steps[3].text").value(""))
				.andExpect(jsonPath("$.steps[4].described").value(false));

		var described = jdbc.sql("""
				select t.code, count(l.id) from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
				     left join steering_effect_chain_link l on l.type_of_work_id = t.id and l.text <> ''
				where a.municipality_code = '0828' and a.year = 2021 group by t.code, t.position order by t.position""")
				.query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2)).list();
		assertThat(described).containsExactly("SOCIAL_LEGAL_ADVICE=3", "INDIVIDUAL_SOCIAL_WORK=5",
				"COLLECTIVE_SOCIAL_WORK=5", "YOUTH=3", "YOUTH_WORK=4");
	}

	@Test
	@DisplayName("STU-2: the type-of-work page shows the chain in five steps and says where the memo is silent")
	void showsTheChainOnTheTypeOfWorkPage() throws Exception {
		var session = TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, SteeringSeedIntegrationTests.OSS, null));

		var page = mvc.perform(get("/sturing/werksoorten/" + ossType("YOUTH")).session(session))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).containsSubsequence("Input (middelen)", "Throughput (activiteiten)", "Output (prestaties)",
				"Outcome (effect voor de inwoner)", "Impact (maatschappelijk effect)");
		assertThat(page).contains("Het CJG neemt een hulpvraag binnen twee weken in behandeling.")
				.contains("Bron: Memo 001, 3.4 Kernbeding Hulpvragen, 2, 7 en 8")
				.contains("Niet beschreven in de opdracht.");
		assertThat(page.split("Niet beschreven in de opdracht\\.", -1)).hasSize(3);
	}

	@Test
	@DisplayName("STU-2: the policy officer rewrites the chain; a stale version or too long a text is refused")
	void rewritesTheChainAndReadsItBack() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var chain = "/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/effect-chain";

		mvc.perform(get(chain).with(basic(officer))).andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"0\""))
				.andExpect(jsonPath("$.steps[*].described").value(Matchers.everyItem(Matchers.is(false))));
		mvc.perform(json(put(chain), officer, """
						{"input": "Jongerenwerkers: 0,10 fte", "outcome": "Jongeren doen mee."}""")
						.header("If-Match", "\"0\""))
				.andExpect(status().isNoContent());
		mvc.perform(get(chain).with(basic(officer)))
				.andExpect(header().string("ETag", "\"2\""))
				.andExpect(jsonPath("$.steps[0].text").value("Jongerenwerkers: 0,10 fte"))
				.andExpect(jsonPath("$.steps[0].source").value(""))
				.andExpect(jsonPath("$.steps[3].text").value("Jongeren doen mee."))
				.andExpect(jsonPath("$.steps[4].described").value(false));
		mvc.perform(get("/api/v1/steering/types-of-work/" + test.typeOfWorkId()).with(basic(officer)))
				.andExpect(jsonPath("$.effectChain.outcome").value("Jongeren doen mee."));

		mvc.perform(json(put(chain), officer, "{\"impact\": \"Iedereen doet mee.\"}").header("If-Match", "\"1\""))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(Matchers.startsWith("Iemand anders heeft deze stap")));
		mvc.perform(json(put(chain), officer, "{\"throughput\": \"%s\", \"outcome\": \"\"}".formatted("x".repeat(4001))))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("throughput"))
				.andExpect(jsonPath("$.errors[0].message").value("Gebruik maximaal 4000 tekens."));
		assertThat(EffectChainTestData.link(jdbc, test.typeOfWorkId(), "OUTCOME")).isEqualTo("Jongeren doen mee.");

		mvc.perform(json(put(chain), officer, "{\"outcome\": \"\"}")).andExpect(status().isNoContent());
		mvc.perform(get(chain).with(basic(officer))).andExpect(jsonPath("$.steps[3].described").value(false));
	}

	@Test
	@DisplayName("STU-2: an indicator linked to a norm shows the norm's latest figure; it is changed and removed")
	void keepsAnIndicatorWithItsNormsLatestFigure() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var test = norms.assignment();
		var goal = EffectChainTestData.goal(jdbc, test.typeOfWorkId());
		EffectChainTestData.deliverThirdQuarter(jdbc, norms.closedWithinSixMonths(), "92.00");
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		var created = mvc.perform(json(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/goals/" + goal
						+ "/indicators"), officer, """
						{"name": "Trajecten binnen zes maanden afgesloten", "measures": "Aandeel afgesloten trajecten",
						 "unit": "%%", "normId": %d, "target": "80"}""".formatted(norms.closedWithinSixMonths())))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", Matchers.startsWith("/api/v1/steering/indicators/")))
				.andReturn();
		long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

		mvc.perform(get("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/effect-chain").with(basic(officer)))
				.andExpect(jsonPath("$.goals[0].indicators[0].id").value(id))
				.andExpect(jsonPath("$.goals[0].indicators[0].norm.code").value("TST-1"))
				.andExpect(jsonPath("$.goals[0].indicators[0].latest.value").value(92.0))
				.andExpect(jsonPath("$.goals[0].indicators[0].latest.figure").value("92 %"))
				.andExpect(jsonPath("$.goals[0].indicators[0].latest.period").value("2026-K3"))
				.andExpect(jsonPath("$.goals[0].indicators[0].latest.status").value("gehaald"))
				.andExpect(jsonPath("$.goals[0].indicators[0].latest.source").value("aangeleverd door de welzijnsaanbieder"));
		var session = TestFixtures.login(mvc, officer);
		mvc.perform(get("/sturing/werksoorten/" + test.typeOfWorkId()).session(session))
				.andExpect(content().string(Matchers.containsString("Indicator: Trajecten binnen zes maanden afgesloten")))
				.andExpect(content().string(Matchers.containsString("<strong>92 %</strong>")))
				.andExpect(content().string(Matchers.containsString("<span>2026-K3</span>")));

		mvc.perform(json(put("/api/v1/steering/indicators/" + id), officer, """
						{"name": "Afgesloten binnen zes maanden", "unit": "%", "normId": null, "target": "85", "version": 0}"""))
				.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/steering/indicators/" + id).with(basic(officer)))
				.andExpect(jsonPath("$.name").value("Afgesloten binnen zes maanden"))
				.andExpect(jsonPath("$.target").value(85.0))
				.andExpect(jsonPath("$.norm").value(Matchers.nullValue()))
				.andExpect(jsonPath("$.latest").value(Matchers.nullValue()))
				.andExpect(jsonPath("$.version").value(1));
		mvc.perform(json(put("/api/v1/steering/indicators/" + id), officer, "{\"name\": \"Oud\", \"version\": 0}"))
				.andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/steering/indicators/" + id).param("version", "1").with(basic(officer)))
				.andExpect(status().isNoContent());

		assertThat(EffectChainTestData.indicators(jdbc, goal)).isZero();
		mvc.perform(get("/api/v1/steering/indicators/" + id).with(basic(officer))).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("STU-2: an indicator without name, with a norm of another assignment or a target that is no number is refused")
	void refusesWrongIndicatorsWithProblemJson() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var goal = EffectChainTestData.goal(jdbc, test.typeOfWorkId());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var ossNorm = jdbc.sql("select min(n.id) from steering_norm n join steering_assignment a on a.id = n.assignment_id where a.municipality_code = '0828'")
				.query(Long.class).single();

		mvc.perform(json(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/goals/" + goal + "/indicators"),
						officer, "{\"name\": \" \", \"normId\": %d, \"target\": \"veel\"}".formatted(ossNorm)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("name", "normId", "target")))
				.andExpect(jsonPath("$.errors[0].message").value("Vul de naam van de indicator in."));
		mvc.perform(json(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/goals/999999999/indicators"),
						officer, "{\"name\": \"Bereik\"}"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(EffectChainTestData.indicators(jdbc, goal)).isZero();
	}

	@Test
	@DisplayName("STU-1, STU-2: next year's assignment starts with the effect chain and the indicators of this year")
	void copiesTheChainAndTheIndicatorsIntoTheNextYear() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var test = norms.assignment();
		var goal = EffectChainTestData.goal(jdbc, test.typeOfWorkId());
		EffectChainTestData.indicator(jdbc, goal, "Trajecten binnen zes maanden", norms.closedWithinSixMonths());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		mvc.perform(json(put("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/effect-chain"), officer,
				"{\"throughput\": \"Ambulant jongerenwerk.\", \"impact\": \"Alle jongeren doen mee.\"}"))
				.andExpect(status().isNoContent());

		var created = mvc.perform(json(post("/api/v1/steering/assignments"), officer, "{\"year\": 2027}"))
				.andExpect(status().isOk()).andReturn();
		long copy = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		var nextType = jdbc.sql("select id from steering_type_of_work where assignment_id = ?").param(copy)
				.query(Long.class).single();

		mvc.perform(get("/api/v1/steering/types-of-work/" + nextType + "/effect-chain").with(basic(officer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.steps[1].text").value("Ambulant jongerenwerk."))
				.andExpect(jsonPath("$.steps[4].text").value("Alle jongeren doen mee."))
				.andExpect(jsonPath("$.steps[0].described").value(false))
				.andExpect(jsonPath("$.goals[0].indicators[0].name").value("Trajecten binnen zes maanden"))
				.andExpect(jsonPath("$.goals[0].indicators[0].target").value(80.0))
				// Norms belong to their year and are not copied, so the copy's indicator has no norm yet.
				.andExpect(jsonPath("$.goals[0].indicators[0].norm").value(Matchers.nullValue()));
		assertThat(EffectChainTestData.link(jdbc, test.typeOfWorkId(), "THROUGHPUT")).isEqualTo("Ambulant jongerenwerk.");
		assertThat(EffectChainTestData.indicators(jdbc, goal)).isEqualTo(1);
	}

	private long ossType(String code) {
		return jdbc.sql("""
				select t.id from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 and t.code = ?""").param(code)
				.query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, CurrentUser user,
			String body) {
		return request.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}

}
