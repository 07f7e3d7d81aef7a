package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Half-yearly actuals, explanations, reclaim (STU-7) and changing financing lines within the cap (STU-4). */
@IntegrationTest
class SteeringFinancingIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("STU-7: actuals that differ from budget need an explanation; unperformed activities are reclaimed pro rata")
	void requiresAnExplanationAndComputesTheReclaim() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, provider.username(), test.assignmentId());
		var line = line(test);

		mvc.perform(post("/api/v1/steering/actuals").with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"lineId\": " + line + ", \"halfYear\": \"2026-H1\", \"amount\": \"4.000,00\", "
								+ "\"plannedActivities\": 10, \"performedActivities\": 8}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("explanation"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("− € 500,00")));
		mvc.perform(post("/api/v1/steering/actuals").with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"lineId\": " + line + ", \"halfYear\": \"2026-H2\", \"amount\": \"4.500,00\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("halfYear"));

		mvc.perform(post("/api/v1/steering/actuals").with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"lineId\": " + line + ", \"halfYear\": \"2026-H1\", \"amount\": \"4.000,00\", "
								+ "\"plannedActivities\": 10, \"performedActivities\": 8, "
								+ "\"explanation\": \"Twee activiteiten gingen niet door; een jongerenwerker was ziek.\"}"))
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/steering/actuals?halfYear=2026-H1").with(basic(provider)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.lines[0].budgetCents").value(450_000))
				.andExpect(jsonPath("$.lines[0].actualCents").value(400_000))
				.andExpect(jsonPath("$.lines[0].deviationCents").value(-50_000))
				.andExpect(jsonPath("$.lines[0].explanationRequired").value(true))
				.andExpect(jsonPath("$.lines[0].reclaimCents").value(90_000))
				.andExpect(jsonPath("$.totalReclaimCents").value(90_000));
		mvc.perform(get("/sturing/realisatie?halfjaar=2026-H1").session(TestFixtures.login(mvc, provider)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Totaal terug te vorderen")))
				.andExpect(content().string(Matchers.containsString("€ 900,00")));
	}

	@Test
	@DisplayName("STU-7: on the screen the provider's actual without its required explanation is refused next to the field")
	void showsTheMissingExplanationOnTheScreen() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, provider.username(), test.assignmentId());
		var session = TestFixtures.login(mvc, provider);

		mvc.perform(post("/sturing/realisatie").session(session).with(csrf()).param("lineId", String.valueOf(line(test)))
						.param("halfYear", "2026-H1").param("amount", "5.000,00"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"explanation-fout\"")))
				.andExpect(content().string(Matchers.containsString("toelichting verplicht")));
		mvc.perform(post("/sturing/realisatie").session(session).with(csrf()).param("lineId", String.valueOf(line(test)))
						.param("halfYear", "2026-H1").param("amount", "4.500,00"))
				.andExpect(redirectedUrl("/sturing/realisatie?halfjaar=2026-H1"));
	}

	@Test
	@DisplayName("STU-4, STU-7: a line is changed or removed, never over the cap; only the municipality may")
	void changesAndRemovesLinesWithinTheCap() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, provider.username(), test.assignmentId());
		var line = line(test);

		mvc.perform(put("/api/v1/steering/financing-lines/" + line).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Jongerenwerkers\", \"category\": \"STAFF\", \"amount\": \"10.000,01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("€ 0,01 erboven")));
		mvc.perform(put("/api/v1/steering/financing-lines/" + line).with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Jongerenwerkers\", \"category\": \"STAFF\", \"amount\": \"1,00\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/steering/financing-lines/" + line).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Jongerenwerkers\", \"category\": \"STAFF\", \"fte\": \"0,10\", \"amount\": \"10.000,00\", \"version\": 0}"))
				.andExpect(status().isNoContent());
		mvc.perform(put("/api/v1/steering/financing-lines/" + line).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Jongerenwerkers\", \"category\": \"STAFF\", \"amount\": \"9.000,00\", \"version\": 0}"))
				.andExpect(status().isConflict());
		assertThat(amount(line)).isEqualTo(1_000_000);

		mvc.perform(post("/api/v1/steering/actuals").with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"lineId\": " + line + ", \"halfYear\": \"2026-H1\", \"amount\": \"5.000,00\"}"))
				.andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/steering/financing-lines/" + line).with(basic(officer)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("al realisatie aangeleverd")));

		mvc.perform(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"Extra\", \"category\": \"OTHER\", \"amount\": \"0,00\"}"))
				.andExpect(status().isCreated());
		var extra = jdbc.sql("select id from steering_financing_line where assignment_id = ? and label = 'Extra'")
				.param(test.assignmentId()).query(Long.class).single();
		mvc.perform(post("/sturing/financieringsregels/" + extra + "/verwijderen").session(TestFixtures.login(mvc, officer))
						.with(csrf()))
				.andExpect(redirectedUrl("/sturing/realisatie"));
		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isEqualTo(1);
	}

	@Test
	@DisplayName("STU-7: with the memo's stated rounding difference, money moves between lines; beyond it nothing is added")
	void allowsLegitimateEditsWithTheStatedRoundingDifference() throws Exception {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		// Like Oss 2021: the lines add up to the cap plus the stated rounding difference of one cent.
		jdbc.sql("update steering_assignment set stated_rounding_difference_cents = 1 where id = ?")
				.param(test.assignmentId()).update();
		jdbc.sql("update steering_financing_line set amount_cents = ? where id = ?")
				.params(SteeringTestData.CAP_CENTS + 1, line(test)).update();
		var add = post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines").with(basic(officer))
				.contentType(MediaType.APPLICATION_JSON);

		mvc.perform(add.content("{\"label\": \"Extra\", \"category\": \"OTHER\", \"amount\": \"0,01\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/steering/financing-lines/" + line(test)).with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Jongerenwerkers\", \"category\": \"STAFF\", \"amount\": \"9.900,01\"}"))
				.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/steering/types-of-work/" + test.typeOfWorkId() + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Extra activiteiten\", \"category\": \"ACTIVITY_BUDGET\", \"amount\": \"100,00\"}"))
				.andExpect(status().isCreated());
		assertThat(SteeringTestData.lines(jdbc, test.assignmentId())).isEqualTo(2);
	}

	private long line(SteeringTestData.TestAssignment test) {
		return jdbc.sql("select min(id) from steering_financing_line where assignment_id = ?").param(test.assignmentId())
				.query(Long.class).single();
	}

	private long amount(long line) {
		return jdbc.sql("select amount_cents from steering_financing_line where id = ?").param(line).query(Long.class).single();
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
