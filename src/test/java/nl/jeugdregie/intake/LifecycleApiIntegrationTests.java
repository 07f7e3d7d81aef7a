package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A help request from registration through triage, five conversations and an application to closure, through
 * the REST API: each step a domain event with who and when, illegal steps refused, nothing half-saved.
 * "Today" is 16 November 2026; the request was registered on 2 October.
 */
@IntegrationTest
@RecordApplicationEvents
class LifecycleApiIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;
	@Autowired TriageChecklist checklists;

	CurrentUser professional;
	UUID id;

	@BeforeEach
	void setUp() {
		var world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var registered = registration.register(new RegisterHelpRequest("Julia", "Kuijpers", LocalDate.of(2012, 8, 8),
				null, "Mark Kuijpers", "vader", Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Angstklachten."),
				professional, Instant.parse("2026-10-02T09:00:00Z"));
		id = ((RegistrationResult.Registered) registered).id().value();
	}

	@Test // TOE-4, TOE-7, TOE-8
	void walksFromTriageThroughFiveConversationsAndAnApplicationToClosure() throws Exception {
		post("conversations", "{\"heldOn\":\"2026-10-06\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("IN_TRIAGE"));
		fillChecklist();
		post("triage", """
				{"outcome":"CJG_TREATMENT","urgency":"NORMAL","reason":"Angst speelt thuis en op school","decidedOn":"2026-10-06"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("IN_CJG_TREATMENT"))
				.andExpect(jsonPath("$.lifecycle.triageOutcome").value("CJG_TREATMENT"));
		for (var day : new String[] { "2026-10-13", "2026-10-20", "2026-10-27", "2026-11-03" }) {
			post("conversations", "{\"heldOn\":\"" + day + "\"}").andExpect(status().isOk());
		}
		post("conversations", "{\"heldOn\":\"2026-11-10\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Er zijn al 5 gesprekken")));
		post("specialised-care-needed", "").andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("AWAITING_APPLICATION"))
				.andExpect(jsonPath("$.lifecycle.applicationDue").value("2026-11-17"));
		post("application", "{\"appliedOn\":\"2026-11-12\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.lifecycle.leadTimeDeadline").value("2027-01-07"));
		post("closure", "{\"reason\":\"SPECIALISED_CARE_STARTED\",\"closedOn\":\"2026-11-16\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("CLOSED"))
				.andExpect(jsonPath("$.lifecycle.conversations").value(5))
				.andExpect(jsonPath("$.lifecycle.closureReason").value("SPECIALISED_CARE_STARTED"));

		assertThat(events.stream(HelpRequestTransitioned.class).filter(e -> e.helpRequest().value().equals(id)))
				.extracting(HelpRequestTransitioned::state, HelpRequestTransitioned::on, HelpRequestTransitioned::by)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("IN_TRIAGE", LocalDate.of(2026, 10, 6), professional.username()),
						org.assertj.core.groups.Tuple.tuple("IN_CJG_TREATMENT", LocalDate.of(2026, 10, 6), professional.username()),
						org.assertj.core.groups.Tuple.tuple("AWAITING_APPLICATION", LocalDate.of(2026, 11, 16), professional.username()),
						org.assertj.core.groups.Tuple.tuple("APPLICATION_MADE", LocalDate.of(2026, 11, 12), professional.username()),
						org.assertj.core.groups.Tuple.tuple("CLOSED", LocalDate.of(2026, 11, 16), professional.username()));
		assertThat(events.stream(ConversationHeld.class).filter(e -> e.helpRequest().value().equals(id)))
				.extracting(ConversationHeld::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(jdbc.sql("select count(*) from audit_event where subject = (select 'Hulpvraag ' || number from help_request where id = ?) and action = 'UPDATE'")
				.param(id).query(Long.class).single()).isEqualTo(10); // checklist, 5 conversations, triage, need, application, closure
	}

	@Test // TOE-8
	void keepsTheApplicationDateAndLeadTimeDeadlineAfterClosure() throws Exception {
		post("conversations", "{\"heldOn\":\"2026-10-06\"}");
		fillChecklist();
		post("triage", "{\"outcome\":\"SPECIALISED_CARE\",\"urgency\":\"NORMAL\",\"reason\":\"Zware angst\"}")
				.andExpect(status().isOk());
		post("application", "{\"appliedOn\":\"2026-10-20\"}").andExpect(status().isOk());
		post("closure", "{\"reason\":\"SPECIALISED_CARE_STARTED\",\"closedOn\":\"2026-11-16\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("CLOSED"))
				.andExpect(jsonPath("$.lifecycle.appliedOn").value("2026-10-20"))
				.andExpect(jsonPath("$.lifecycle.leadTimeDeadline").value("2026-12-15"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/hulpvragen/{id}", id)
						.session(TestFixtures.login(mvc, professional)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.containsString("Aanvraag gedaan op 20-10-2026; toeleiding naar zorg uiterlijk 15-12-2026.")));
	}

	@Test // TOE-4
	void refusesToCompleteTriageBeforeTheLifeDomainChecklistIsFilledIn() throws Exception {
		post("conversations", "{\"heldOn\":\"2026-10-06\"}");
		post("triage", "{\"outcome\":\"CJG_TREATMENT\",\"urgency\":\"LOW\",\"reason\":\"Opvoedvragen\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("checklist"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
						"Vul eerst de checklist van de leefgebieden in.")));
		assertThat(state()).isEqualTo("IN_TRIAGE");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/hulpvragen/{id}/triage", id)
						.session(TestFixtures.login(mvc, professional))
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
						.param("outcome", "CJG_TREATMENT").param("urgency", "LOW").param("reason", "Opvoedvragen"))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.containsString("Vul eerst de checklist van de leefgebieden in.")));
		assertThat(state()).isEqualTo("IN_TRIAGE");

		fillChecklist();
		post("triage", "{\"outcome\":\"CJG_TREATMENT\",\"urgency\":\"LOW\",\"reason\":\"Opvoedvragen\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("IN_CJG_TREATMENT"));
	}

	@Test // TOE-5
	void showsNoRunningClockOnARequestClosedBeforeItsFirstConversation() throws Exception {
		post("closure", "{\"reason\":\"WITHDRAWN\",\"closedOn\":\"2026-10-05\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.clock.status").value("CLOSED_BEFORE_START"))
				.andExpect(jsonPath("$.clock.daysOver").value(0))
				.andExpect(jsonPath("$.clock.text").value("Gestopt: afgesloten vóór het eerste gesprek"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/hulpvragen/{id}", id)
						.session(TestFixtures.login(mvc, professional)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.containsString("Gestopt: afgesloten vóór het eerste gesprek")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("overschreden"))))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("uiterlijk in behandeling op"))));
	}

	@Test // TOE-7
	void allowsASixthConversationAfterARecordedDecisionToContinue() throws Exception {
		post("conversations", "{\"heldOn\":\"2026-10-06\"}");
		fillChecklist();
		post("triage", "{\"outcome\":\"CJG_TREATMENT\",\"urgency\":\"LOW\",\"reason\":\"Opvoedvragen\"}")
				.andExpect(status().isOk());
		post("continuation", "{\"reason\":\"Te vroeg\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Doorgaan na het maximum kan pas na 5 gesprekken."));
		for (var day : new String[] { "2026-10-13", "2026-10-20", "2026-10-27", "2026-11-03" }) {
			post("conversations", "{\"heldOn\":\"" + day + "\"}");
		}
		post("continuation", "{\"reason\":\"Afronding met het gezin vraagt nog een gesprek\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.lifecycle.continuationDecided").value(true));
		post("conversations", "{\"heldOn\":\"2026-11-10\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.lifecycle.conversations").value(6));
	}

	@Test // TOE-4
	void closesWithNoIsAlsoAnAnswerOnlyWithTheExplanationToTheFamily() throws Exception {
		post("conversations", "{\"heldOn\":\"2026-10-06\"}");
		fillChecklist();
		post("triage", "{\"outcome\":\"NO_CARE_NEEDED\",\"urgency\":\"LOW\",\"reason\":\"Gewone puberteitsvragen\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("familyExplanation"));
		assertThat(state()).isEqualTo("IN_TRIAGE");

		post("triage", """
				{"outcome":"NO_CARE_NEEDED","urgency":"LOW","reason":"Gewone puberteitsvragen",
				 "familyExplanation":"Wat u ziet past bij deze leeftijd; de cursus Puberteit is een goede plek."}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("CLOSED"))
				.andExpect(jsonPath("$.lifecycle.closureReason").value("NO_CARE_NEEDED"));
	}

	@Test
	void refusesIllegalTransitionsWithAConflictAndChangesNothing() throws Exception {
		post("application", "{\"appliedOn\":\"2026-11-12\"}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Wacht op eerste gesprek")));
		post("triage", "{\"outcome\":\"CJG_TREATMENT\",\"urgency\":\"LOW\",\"reason\":\"x\"}").andExpect(status().isConflict());
		post("closure", "{\"reason\":\"WITHDRAWN\",\"closedOn\":\"2026-10-01\"}").andExpect(status().isBadRequest());
		assertThat(state()).isEqualTo("AWAITING_TREATMENT");

		post("closure", "{\"reason\":\"WITHDRAWN\"}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
		post("conversations", "{\"heldOn\":\"2026-11-16\"}").andExpect(status().isConflict());
	}

	@Test // TOE-6, BEY-1
	void flagsRequestsWaitingPastTheTermWithoutAContactAgreementUntilOneIsMade() throws Exception {
		// Registered 2 October, deadline 16 October: a month past the term on 16 November.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/worklist")
						.with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.withoutContactAgreement").value(1))
				.andExpect(jsonPath("$.overdue[0].needsContactAgreement").value(true));

		post("contact-agreement", "{\"everyDays\":40}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("everyDays"));
		post("contact-agreement", "{\"everyDays\":7,\"agreedOn\":\"2026-11-05\"}").andExpect(status().isOk());
		post("waiting-contacts", "{\"contactedOn\":\"2026-11-12\"}").andExpect(status().isOk());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/worklist")
						.with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.withoutContactAgreement").value(0))
				.andExpect(jsonPath("$.overdue[0].contactEveryDays").value(7))
				.andExpect(jsonPath("$.overdue[0].nextContactDue").value("2026-11-19"));
		post("conversations", "{\"heldOn\":\"2026-11-16\"}").andExpect(status().isOk());
		post("waiting-contacts", "{\"contactedOn\":\"2026-11-16\"}").andExpect(status().isConflict());
	}

	@Test // SEC-2
	void refusesChangesByOthersThanTheCaseTeam() throws Exception {
		var elsewhere = fixtures.newWorld();
		var stranger = fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post("/api/v1/help-requests/{id}/conversations", id)
						.with(TestFixtures.api(stranger))
						.contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"2026-10-06\"}"))
				.andExpect(status().isNotFound());
		assertThat(state()).isEqualTo("AWAITING_TREATMENT");
	}

	/** TOE-4: triage is based on the life-domain checklist, so it is filled in first. */
	private void fillChecklist() {
		assertThat(checklists.recordConcerns(new HelpRequestId(id), java.util.Map.of(), professional))
				.isInstanceOf(Outcome.Done.class);
	}

	private ResultActions post(String step, String json) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/help-requests/{id}/" + step, id)
				.with(TestFixtures.api(professional));
		if (!json.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	private String state() {
		return jdbc.sql("select state from help_request where id = ?").param(id).query(String.class).single();
	}
}
