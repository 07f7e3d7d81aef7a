package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Wrong input on the steering forms and API: a clear Dutch refusal next to the field, and nothing saved. */
@IntegrationTest
class SteeringInputIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "0,2,probability,De kans is een getal van 1 tot en met 3.", "4,2,probability,De kans is een getal van 1 tot en met 3.",
			"2,0,damage,De schade is een getal van 1 tot en met 3.", "2,4,damage,De schade is een getal van 1 tot en met 3." })
	@DisplayName("STU-3: refuses a probability or damage outside 1 to 3 over the API, nothing saved")
	void refusesAScoreOutsideTheScaleOverTheApi(int probability, int damage, String field, String message) throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());
		var officer = officerOf(test);

		mvc.perform(post("/api/v1/steering/risks/" + test.riskId() + "/assessments").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"probability\": " + probability + ", \"damage\": " + damage + ", \"note\": \"Test\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value(field))
				.andExpect(jsonPath("$.errors[0].message").value(message));

		assertScoresUnchanged(test);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "4" })
	@DisplayName("STU-3: the re-assessment form shows the refusal next to the field, nothing saved")
	void showsTheScaleRefusalNextToTheField(String probability) throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());
		var session = TestFixtures.login(mvc, officerOf(test));

		mvc.perform(post("/sturing/risicos/herbeoordeling").session(session).with(csrf())
						.param("riskId", String.valueOf(test.riskId())).param("probability", probability)
						.param("damage", "2").param("note", "Nieuwe signalen."))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("De beoordeling is niet opgeslagen")))
				.andExpect(content().string(Matchers.containsString("id=\"probability-fout\"")))
				.andExpect(content().string(Matchers.containsString("De kans is een getal van 1 tot en met 3.")));

		assertScoresUnchanged(test);
	}

	@Test
	@DisplayName("STU-3: refuses a score that is not a number, and a re-assessment without a note")
	void refusesMalformedScoresAndAMissingNote() throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());
		var officer = officerOf(test);
		var session = TestFixtures.login(mvc, officer);

		mvc.perform(post("/sturing/risicos/herbeoordeling").session(session).with(csrf())
						.param("riskId", String.valueOf(test.riskId())).param("probability", "hoog")
						.param("damage", "2").param("note", "x"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("De kans is een getal: 1, 2 of 3.")));
		mvc.perform(post("/api/v1/steering/risks/" + test.riskId() + "/assessments").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON).content("{\"probability\": \"hoog\", \"damage\": 2, \"note\": \"x\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Onleesbaar verzoek"));
		mvc.perform(post("/api/v1/steering/risks/" + test.riskId() + "/assessments").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON).content("{\"probability\": 3, \"damage\": 2, \"note\": \" \"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("note"))
				.andExpect(jsonPath("$.errors[0].message").value("Schrijf kort op waarom u het risico opnieuw beoordeelt."));

		assertScoresUnchanged(test);
	}

	@Test
	@DisplayName("STU-3: keeps the earlier scores in the history when a risk is re-assessed")
	void keepsTheEarlierScoresInTheHistory() throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());
		var officer = officerOf(test);

		mvc.perform(post("/api/v1/steering/risks/" + test.riskId() + "/assessments").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"probability\": 3, \"damage\": 3, \"note\": \"Meer overlast in de zomer.\"}"))
				.andExpect(status().isCreated());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/steering/risks")
						.with(basic(officer)))
				.andExpect(jsonPath("$.risks[0].effect").value(9))
				.andExpect(jsonPath("$.reassessments[0].previousProbability").value(2))
				.andExpect(jsonPath("$.reassessments[0].previousDamage").value(2))
				.andExpect(jsonPath("$.reassessments[0].probability").value(3))
				.andExpect(jsonPath("$.reassessments[0].note").value("Meer overlast in de zomer."))
				.andExpect(jsonPath("$.heatMap[2].count").value(1));
	}

	@Test
	@DisplayName("STU-7: refuses a financing line that takes the total over the budget cap, nothing saved")
	void refusesALineOverTheBudgetCap() throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());
		var officer = officerOf(test);

		mvc.perform(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Extra jongerenwerker\", \"category\": \"STAFF\", \"fte\": \"0,10\", \"amount\": \"1.000,01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("amount"))
				.andExpect(jsonPath("$.errors[0].message").value(
						"Met dit bedrag komt het totaal boven het begrotingsplafond van € 10.000,00, en wel € 0,01 erboven. Er is niets opgeslagen."));
		mvc.perform(post("/sturing/werksoorten/" + test.typeOfWorkId() + "/financiering")
						.session(TestFixtures.login(mvc, officer)).with(csrf()).param("label", "Extra jongerenwerker")
						.param("category", "STAFF").param("fte", "0,10").param("amount", "1.000,01"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"amount-fout\"")))
				.andExpect(content().string(Matchers.containsString("boven het begrotingsplafond van € 10.000,00")));
		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isEqualTo(1);

		mvc.perform(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Extra jongerenwerker\", \"category\": \"STAFF\", \"fte\": \"0,10\", \"amount\": \"1.000,00\"}"))
				.andExpect(status().isCreated());
		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"twaalf|0,5|amount|Vul het bedrag in als bedrag in euro met hoogstens 2 cijfers achter de komma, bijvoorbeeld 12.500,00.",
			"-10,00|0,5|amount|Vul het bedrag in als bedrag in euro met hoogstens 2 cijfers achter de komma, bijvoorbeeld 12.500,00.",
			"10,001|0,5|amount|Vul het bedrag in als bedrag in euro met hoogstens 2 cijfers achter de komma, bijvoorbeeld 12.500,00.",
			"10,00|een half|fte|Vul de fte in als getal met hoogstens 2 cijfers achter de komma, bijvoorbeeld 0,50. Laat het veld leeg als er geen fte bij hoort.",
			"10,00|0,505|fte|Vul de fte in als getal met hoogstens 2 cijfers achter de komma, bijvoorbeeld 0,50. Laat het veld leeg als er geen fte bij hoort." })
	@DisplayName("STU-4: refuses malformed amounts and FTE in Dutch, nothing saved")
	void refusesMalformedNumbers(String amount, String fte, String field, String message) throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());
		var officer = officerOf(test);

		mvc.perform(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Regel\", \"category\": \"OTHER\", \"fte\": \"" + fte + "\", \"amount\": \"" + amount + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(field))
				.andExpect(jsonPath("$.errors[0].message").value(message));
		mvc.perform(post("/sturing/werksoorten/" + test.typeOfWorkId() + "/financiering")
						.session(TestFixtures.login(mvc, officer)).with(csrf()).param("label", "Regel").param("category", "OTHER")
						.param("fte", fte).param("amount", amount))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"" + field + "-fout\"")))
				.andExpect(content().string(Matchers.containsString("value=\"" + amount + "\"")));

		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isEqualTo(1);
	}

	@Test
	@DisplayName("STU-4: refuses a line without description, kind of costs or amount")
	void refusesALineWithoutTheRequiredFields() throws Exception {
		var test = SteeringTestData.create(jdbc, fixtures.newWorld().municipality());

		mvc.perform(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines")
						.with(basic(officerOf(test))).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("label", "category", "amount")));

		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isEqualTo(1);
	}

	@Test
	@DisplayName("STU-7: refuses every new line for Oss 2021, whose lines already add up to one cent above the cap")
	void refusesANewLineForOssWhoseTotalIsAlreadyAboveTheCap() throws Exception {
		var officer = fixtures.user(Role.POLICY_OFFICER, SteeringSeedIntegrationTests.OSS, null);
		var youth = jdbc.sql("""
				select t.id from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH'""").query(Long.class).single();
		var before = jdbc.sql("select count(*) from steering_financing_line").query(Long.class).single();

		mvc.perform(post("/api/v1/steering/types-of-work/" + youth + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Extra\", \"category\": \"OTHER\", \"amount\": \"0,01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("€ 8.774.872,34, en wel € 0,02 erboven")));

		assertThat(jdbc.sql("select count(*) from steering_financing_line").query(Long.class).single()).isEqualTo(before);
	}

	private void assertScoresUnchanged(SteeringTestData.TestAssignment test) {
		var scores = jdbc.sql("select probability * 10 + damage from steering_risk where id = ?").param(test.riskId())
				.query(Integer.class).single();
		assertThat(scores).isEqualTo(22);
		assertThat(SteeringTestData.reassessments(jdbc, test.riskId())).isZero();
	}

	private CurrentUser officerOf(SteeringTestData.TestAssignment test) {
		var municipality = jdbc.sql("select municipality_code from steering_assignment where id = ?")
				.param(test.assignmentId()).query(String.class).single();
		return fixtures.user(Role.POLICY_OFFICER, new nl.jeugdregie.identity.MunicipalityCode(municipality), null);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
