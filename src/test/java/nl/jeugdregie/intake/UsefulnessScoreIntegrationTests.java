package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** MON-3: the usefulness score of a closed request is stored and published for monitoring. */
@IntegrationTest
@RecordApplicationEvents
class UsefulnessScoreIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ApplicationEvents events;
	@Autowired TriageChecklist checklists;

	TestFixtures.World world;
	CurrentUser professional;
	HelpRequestId id;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Mila", "Peters",
				LocalDate.of(2012, 7, 7), null, null, null, Channel.PHONE, Referrer.PARENT, "Slaapproblemen."),
				professional, Instant.parse("2026-11-09T09:00:00Z"))).id();
	}

	@Test
	@DisplayName("MON-3 refuses a score on an open request, stores one on the closed request and publishes UsefulnessScored")
	void storesAndPublishesTheScoreOfAClosedRequest() throws Exception {
		score(professional, "{\"respondent\":\"PARENT\",\"score\":8}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("pas als de hulpvraag is afgesloten")));
		close();
		score(professional, "{\"respondent\":\"PARENT\",\"score\":11}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("1 tot en met 10")));
		score(professional, "{\"respondent\":\"PARENT\",\"score\":0}").andExpect(status().isBadRequest());
		score(professional, "{\"respondent\":\"PARENT\",\"score\":8}").andExpect(status().isOk())
				.andExpect(jsonPath("$[0].score").value(8)).andExpect(jsonPath("$[0].respondent").value("PARENT"));
		score(professional, "{\"respondent\":\"PARENT\",\"score\":9}").andExpect(status().isConflict());

		assertThat(events.stream(UsefulnessScored.class).filter(e -> e.helpRequest().equals(id)))
				.singleElement().satisfies(e -> {
					assertThat(e.score()).isEqualTo(8);
					assertThat(e.respondent()).isEqualTo(UsefulnessScored.Respondent.PARENT);
					assertThat(e.team()).isEqualTo(world.team().id());
					assertThat(e.on()).isEqualTo(LocalDate.of(2026, 11, 16));
				});
	}

	@Test
	@DisplayName("MON-3 records the score through the file page of the closed request")
	void recordsTheScoreOnTheFilePage() throws Exception {
		close();
		var session = TestFixtures.login(mvc, professional);
		mvc.perform(post("/hulpvragen/{id}/nuttigheid", id.value()).session(session).with(csrf())
				.param("respondent", "YOUNG_PERSON").param("score", "12"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Kies een score van 1 tot en met 10.")));
		mvc.perform(post("/hulpvragen/{id}/nuttigheid", id.value()).session(session).with(csrf())
				.param("respondent", "YOUNG_PERSON").param("score", "7"))
				.andExpect(redirectedUrl("/hulpvragen/" + id.value()));
		mvc.perform(get("/hulpvragen/{id}", id.value()).session(session))
				.andExpect(content().string(containsString("Jeugdige: 7")));
	}

	@Test
	@DisplayName("MON-3, SEC-2: another team, a provider and a policy officer never read or record scores")
	void keepsScoresWithinTheCaseTeam() throws Exception {
		close();
		for (var outsider : new CurrentUser[] {
				fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam()),
				fixtures.user(Role.PROVIDER, world.municipality(), null),
				fixtures.user(Role.POLICY_OFFICER, world.municipality(), null) }) {
			score(outsider, "{\"respondent\":\"PARENT\",\"score\":8}").andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/help-requests/{id}/usefulness-scores", id.value())
					.with(TestFixtures.api(outsider))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/help-requests/{id}/usefulness-scores", id.value())
				.with(TestFixtures.api(professional))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(0));
	}

	private void close() throws Exception {
		api(professional, "first-conversation", "{\"date\":\"2026-11-10\"}").andExpect(status().isOk());
		checklists.recordConcerns(id, java.util.Map.of(), professional); // TOE-4: triage is based on it
		api(professional, "triage", "{\"outcome\":\"NO_CARE_NEEDED\",\"urgency\":\"NORMAL\",\"reason\":\"Slaaptips volstaan.\","
				+ "\"familyExplanation\":\"Met de tips kunt u zelf verder.\"}").andExpect(status().isOk());
	}

	private ResultActions score(CurrentUser user, String json) throws Exception {
		return api(user, "usefulness-scores", json);
	}

	private ResultActions api(CurrentUser user, String path, String json) throws Exception {
		return mvc.perform(post("/api/v1/help-requests/{id}/" + path, id.value())
				.with(TestFixtures.api(user))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
