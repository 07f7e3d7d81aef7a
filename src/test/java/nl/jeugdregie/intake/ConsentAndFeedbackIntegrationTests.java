package nl.jeugdregie.intake;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** TOE-11: the referrer always gets feedback, but content only with consent; consent can be withdrawn. */
@IntegrationTest
class ConsentAndFeedbackIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	TestFixtures.World world;
	CurrentUser professional;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test // TOE-11
	void givesContentFeedbackOnlyWhileConsentHolds() throws Exception {
		var id = register(Referrer.SCHOOL);

		post(id, "feedback", "{\"kind\":\"CONTENT\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("alleen met toestemming")));
		post(id, "feedback", "{\"kind\":\"ACKNOWLEDGEMENT\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.feedback[0].letter").value(allOf(containsString("HV-"),
						containsString("10 november 2026"), not(containsString("Fleur")))));

		var consents = post(id, "consents", "{\"purpose\":\"CONTENT_FEEDBACK_TO_REFERRER\",\"givenBy\":\"PARENTS\",\"givenOn\":\"2026-11-12\"}")
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		post(id, "feedback", "{\"kind\":\"CONTENT\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.feedback[1].kind").value("CONTENT"))
				.andExpect(jsonPath("$.feedback[1].letter").value(containsString("wacht op eerste gesprek")));

		String consent = JsonPath.read(consents, "$.consents[0].id");
		post(id, "consents/" + consent + "/withdrawal", "").andExpect(status().isOk())
				.andExpect(jsonPath("$.consents[0].withdrawnOn").value("2026-11-16"));
		post(id, "consents/" + consent + "/withdrawal", "").andExpect(status().isBadRequest());
		post(id, "feedback", "{\"kind\":\"CONTENT\"}").andExpect(status().isBadRequest());
	}

	@Test // TOE-11
	void namesInTheContentLetterWhoActuallyConsented() throws Exception {
		var byParents = register(Referrer.SCHOOL);
		post(byParents, "consents", "{\"purpose\":\"CONTENT_FEEDBACK_TO_REFERRER\",\"givenBy\":\"PARENTS\",\"givenOn\":\"2026-11-12\"}")
				.andExpect(status().isOk());
		post(byParents, "feedback", "{\"kind\":\"CONTENT\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.feedback[0].letter").value(allOf(
						containsString("De ouders of verzorgers gaven toestemming"), not(containsString("De jeugdige")))));

		var byYoungPerson = register(Referrer.SCHOOL);
		post(byYoungPerson, "consents", "{\"purpose\":\"CONTENT_FEEDBACK_TO_REFERRER\",\"givenBy\":\"YOUNG_PERSON\",\"givenOn\":\"2026-11-12\"}")
				.andExpect(status().isOk());
		post(byYoungPerson, "feedback", "{\"kind\":\"CONTENT\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.feedback[0].letter").value(allOf(
						containsString("De jeugdige gaf toestemming"), not(containsString("ouder")))));

		// Consent given separately by both counts as consent of both.
		post(byYoungPerson, "consents", "{\"purpose\":\"CONTENT_FEEDBACK_TO_REFERRER\",\"givenBy\":\"PARENTS\",\"givenOn\":\"2026-11-13\"}")
				.andExpect(status().isOk());
		post(byYoungPerson, "feedback", "{\"kind\":\"CONTENT\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.feedback[1].letter").value(containsString("De jeugdige en de ouders gaven toestemming")));
	}

	@Test // TOE-11
	void hasNoReferrerToInformWhenTheFamilyCameThemselves() throws Exception {
		var id = register(Referrer.PARENT);
		post(id, "feedback", "{\"kind\":\"ACKNOWLEDGEMENT\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("geen verwijzer")));
	}

	@Test // TOE-11, SEC-2
	void refusesConsentAndFeedbackFromOutsideTheCaseTeam() throws Exception {
		var id = register(Referrer.SCHOOL);
		var colleague = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/help-requests/{id}/feedback", id)
						.with(TestFixtures.api(colleague))
						.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ACKNOWLEDGEMENT\"}"))
				.andExpect(status().isNotFound());
	}

	private HelpRequestId register(Referrer referrer) {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Fleur", "Dekker",
				LocalDate.of(2013, 9, 9), null, null, null, Channel.PHONE, referrer, "Zorgen over pesten."),
				professional, Instant.parse("2026-11-10T09:00:00Z"))).id();
	}

	private ResultActions post(HelpRequestId id, String step, String json) throws Exception {
		var request = MockMvcRequestBuilders.post("/api/v1/help-requests/{id}/" + step, id.value())
				.with(TestFixtures.api(professional));
		if (!json.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
