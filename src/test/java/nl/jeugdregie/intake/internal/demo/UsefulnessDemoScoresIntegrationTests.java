package nl.jeugdregie.intake.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.internal.usefulness.UsefulnessScoreService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** MON-3: the demo's usefulness scores go through the service onto closed requests only, once. */
@IntegrationTest
class UsefulnessDemoScoresIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired UsefulnessScoreService scores;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired nl.jeugdregie.intake.TriageChecklist checklists;

	@Test
	@DisplayName("MON-3: the demo scores part of the closed requests, 1 to 10, and runs only once")
	void scoresPartOfTheClosedRequestsOnce() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		for (var i = 0; i < 12; i++) {
			var id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Kind", "Demo" + i,
					LocalDate.of(2014, 3, 3), null, null, null, Channel.PHONE, Referrer.PARENT, "Opvoedvragen."),
					professional, Instant.parse("2026-11-09T09:00:00Z"))).id();
			if (i < 10) { // two stay open and are never scored
				api(professional.username(), id.value().toString(), "first-conversation", "{\"date\":\"2026-11-10\"}");
				checklists.recordConcerns(id, java.util.Map.of(), professional); // TOE-4: triage is based on it
				api(professional.username(), id.value().toString(), "triage", "{\"outcome\":\"NO_CARE_NEEDED\",\"urgency\":\"NORMAL\","
						+ "\"reason\":\"Tips volstaan.\",\"familyExplanation\":\"U kunt zelf verder.\"}");
			}
		}
		var demo = new UsefulnessDemoScores(scores, accounts, jdbc, world.municipality().value());

		demo.start();
		var scored = count(world.municipality().value());
		demo.start();

		assertThat(scored).isPositive();
		assertThat(count(world.municipality().value())).isEqualTo(scored);
		assertThat(jdbc.sql("""
				select count(*) from usefulness_score s join help_request r on r.id = s.help_request_id
				where r.municipality_code = ? and (r.state <> 'CLOSED' or s.score not between 1 and 10)""")
				.param(world.municipality().value()).query(Long.class).single()).isZero();
	}

	private long count(String municipality) {
		return jdbc.sql("select count(*) from usefulness_score s join help_request r on r.id = s.help_request_id where r.municipality_code = ?")
				.param(municipality).query(Long.class).single();
	}

	private void api(String username, String id, String path, String json) throws Exception {
		mvc.perform(post("/api/v1/help-requests/" + id + "/" + path).with(httpBasic(username, TestFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
	}
}
