package nl.jeugdregie.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19 (the soak): a team's worklist answer costs what it shows, not how long the queue is. Each list holds at
 * most 200 rows, the most urgent first, while the counts cover the whole team (TOE-5, TOE-6). "Today" is Monday
 * 16 November 2026; the term is two weeks.
 */
@IntegrationTest
class WorklistBoundsIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("TOE-5, TOE-6: a long queue gives the 200 most urgent rows and counts every waiting request")
	void givesTheMostUrgentRowsOfALongQueueAndCountsTheWholeTeam() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		// The longest waiting (deadline 14 October) comes first; 202 more with deadline 15 October: all overdue.
		var firstOverdue = register(professional, "2026-09-30").number();
		for (var i = 0; i < 202; i++) {
			register(professional, "2026-10-01");
		}
		register(professional, "2026-11-13"); // deadline 27 November: running, beyond the 200 most urgent
		register(professional, "2026-11-14");

		mvc.perform(get("/api/v1/worklist").with(nl.jeugdregie.TestFixtures.api(professional)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.waiting").value(205))
				.andExpect(jsonPath("$.withoutContactAgreement").value(203))
				.andExpect(jsonPath("$.rowsPerList").value(200))
				.andExpect(jsonPath("$.overdue.length()").value(200))
				.andExpect(jsonPath("$.overdue[0].number").value(firstOverdue))
				.andExpect(jsonPath("$.running.length()").value(0));
	}

	@Test
	@DisplayName("TOE-6: the start page counts agreed contacts that are due and requests past the term without an agreement")
	void countsContactsDueOnTheStartPageWithoutLoadingTheWaitingList() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var due = register(professional, "2026-10-01");
		var contacted = register(professional, "2026-10-01");
		register(professional, "2026-10-01"); // past the term, no agreement
		register(professional, "2026-11-13"); // within the term, no agreement: neither
		step(professional, due, "contact-agreement", "{\"everyDays\":7,\"agreedOn\":\"2026-11-05\"}"); // due 12 November
		step(professional, contacted, "contact-agreement", "{\"everyDays\":7,\"agreedOn\":\"2026-11-05\"}");
		step(professional, contacted, "waiting-contacts", "{\"contactedOn\":\"2026-11-12\"}"); // next due 19 November

		var page = mvc.perform(get("/").session(TestFixtures.login(mvc, professional))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page).contains("1 afgesproken contact is vandaag of eerder aan de beurt; "
				+ "1 hulpvraag wacht langer dan de norm zonder contactafspraak.");
	}

	private void step(CurrentUser user, RegistrationResult.Registered request, String step, String json) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post("/api/v1/help-requests/{id}/" + step, request.id().value())
						.with(nl.jeugdregie.TestFixtures.api(user))
						.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json))
				.andExpect(status().isOk());
	}

	private RegistrationResult.Registered register(CurrentUser professional, String on) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Smit",
				LocalDate.of(2015, 5, 5), null, null, null, Channel.PHONE, Referrer.SCHOOL, "Zorgen over slapen."),
				professional, Instant.parse(on + "T09:00:00Z"));
	}
}
