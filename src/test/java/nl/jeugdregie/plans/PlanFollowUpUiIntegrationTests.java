package nl.jeugdregie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The MDO, progress and plan-document pages (PLAN-1, PLAN-5): plain forms that refuse with the Dutch error next
 * to the field and save nothing, a stale plan version answered with 409, and the family's printable plan.
 */
@IntegrationTest
class PlanFollowUpUiIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	MockHttpSession session;
	String household;
	UUID goal;

	@BeforeEach
	void setUp() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		session = TestFixtures.login(mvc, professional);
		household = mvc.perform(post("/gezinnen").session(session).with(csrf())
						.param("helpRequest", RegisteredHelpRequests.register(registration, professional).toString()).param("householdName", "Gezin De Vries"))
				.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(household + "/plan/doelen").session(session).with(csrf()).param("planVersion", "1")
				.param("lifeDomain", "HEALTH").param("goalDescription", "Milan slaapt weer goed").param("priority", "1")
				.param("owner", "FAMILY")).andExpect(status().is3xxRedirection());
		goal = jdbc.sql("select g.id from plan_goal g join cooperation_plan p on p.id = g.plan_id where p.household_id = ?")
				.param(UUID.fromString(household.substring(household.lastIndexOf('/') + 1))).query(UUID.class).single();
	}

	@Test
	@DisplayName("PLAN-1: the MDO form refuses a meeting without participants with the Dutch error and saves nothing")
	void refusesAnMdoWithoutParticipantsOnThePage() throws Exception {
		mvc.perform(post(household + "/mdo").session(session).with(csrf()).param("planVersion", "2")
						.param("heldOn", "2026-11-16").param("decisions", "Iets afgesproken"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Controleer het formulier"),
						containsString("Een MDO zonder deelnemers kan niet. Vul minstens een deelnemer in."),
						containsString("Iets afgesproken"))));
		assertThat(jdbc.sql("select count(*) from plan_meeting where household_id = ?")
				.param(UUID.fromString(household.substring(household.lastIndexOf('/') + 1))).query(Long.class).single()).isZero();
		mvc.perform(get(household + "/mdo").session(session))
				.andExpect(content().string(containsString("Er is nog geen MDO vastgelegd.")));
	}

	@Test
	@DisplayName("PLAN-1: the MDO form records participants, agenda and decisions as a new plan version")
	void recordsAnMdoOnThePage() throws Exception {
		mvc.perform(post(household + "/mdo").session(session).with(csrf()).param("planVersion", "2")
						.param("heldOn", "2026-11-16")
						.param("participants[0].name", "Sandra de Vries").param("participants[0].kind", "FAMILY")
						.param("participants[0].present", "true")
						.param("participants[1].name", "Huisarts").param("participants[1].kind", "PROFESSIONAL")
						.param("agenda", "Slapen\r\nSchool").param("decisions", "Milan gaat om 21 uur naar bed")
						.param("nextMeetingOn", "2027-01-11"))
				.andExpect(redirectedUrl(household))
				.andExpect(flash().attribute("message", "Het MDO is vastgelegd. Het plan heeft een nieuwe versie."));
		mvc.perform(get(household + "/mdo").session(session))
				.andExpect(content().string(allOf(containsString("MDO van 16-11-2026"), containsString("Versie 3"),
						containsString("Sandra de Vries"), containsString("Slapen"), containsString("School"),
						containsString("Milan gaat om 21 uur naar bed"), containsString("11-1-2027"))));
		mvc.perform(get(household + "/plan").session(session))
				.andExpect(content().string(containsString("MDO van 16-11-2026: 1 besluit<")));
	}

	@Test
	@DisplayName("PLAN-1: an MDO on a plan version someone else changed meanwhile gets 409 and keeps what was typed")
	void answersAConflictForAStalePlanVersion() throws Exception {
		mvc.perform(post(household + "/mdo").session(session).with(csrf()).param("planVersion", "1")
						.param("heldOn", "2026-11-16")
						.param("participants[0].name", "Sandra de Vries").param("participants[0].kind", "FAMILY")
						.param("participants[0].present", "true"))
				.andExpect(status().isConflict())
				.andExpect(content().string(allOf(containsString("Iemand anders heeft dit net gewijzigd"),
						containsString("Sandra de Vries"))));
	}

	@Test
	@DisplayName("PLAN-5: records progress on a goal and an evaluation; internal remarks stay out of the family's plan")
	void recordsProgressAndKeepsInternalRemarksOutOfTheFamilysPlan() throws Exception {
		mvc.perform(post(household + "/voortgang").session(session).with(csrf()).param("progressGoal", goal.toString())
						.param("measuredOn", "2026-11-16").param("score", "0").param("status", "ON_TRACK"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Kies een cijfer van 1 tot en met 10.")));
		mvc.perform(post(household + "/voortgang").session(session).with(csrf()).param("progressGoal", goal.toString())
						.param("measuredOn", "2026-11-16").param("score", "7").param("status", "ON_TRACK")
						.param("progressNote", "Slaapt vaker door"))
				.andExpect(redirectedUrl(household));
		mvc.perform(post(household + "/evaluaties").session(session).with(csrf()).param("moment", "HANDOVER")
						.param("evaluatedOn", "2026-11-16").param("continuation", "LIGHTER_HELP_SUFFICES")
						.param("remarks", "Vader mag dit niet lezen").param("remarksInternal", "true")
						.param("_remarksInternal", "on"))
				.andExpect(redirectedUrl(household));

		mvc.perform(get(household + "/voortgang").session(session))
				.andExpect(content().string(allOf(containsString("Slaapt vaker door"), containsString("Gaat goed"),
						containsString("Bij overdracht"), containsString("Lichtere hulp is voldoende"),
						containsString("Vader mag dit niet lezen (intern)"))));
		mvc.perform(get(household + "/plan/gezin").session(session))
				.andExpect(content().string(allOf(containsString("Ons plan – Gezin De Vries"),
						containsString("Milan slaapt weer goed"), containsString("7 van de 10, gaat goed"),
						containsString("Lichtere hulp is voldoende"), not(containsString("Vader mag dit niet lezen")))));
	}

	@Test
	@DisplayName("PLAN-5, issue 13 item 2: closing the plan shows a check page first; only its button closes the plan")
	void closingThePlanAsksForACheckFirst() throws Exception {
		mvc.perform(get(household + "/voortgang").session(session))
				.andExpect(content().string(containsString("action=\"" + household + "/evaluaties/controleren\"")));
		mvc.perform(post(household + "/evaluaties/controleren").session(session).with(csrf()).param("moment", "CLOSURE")
						.param("evaluatedOn", "2026-11-16").param("continuation", "LIGHTER_HELP_SUFFICES")
						.param("remarks", "Het gaat goed").param("remarksInternal", "false"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Controleer en sluit het plan af"),
						containsString("Bij afsluiten"), containsString("Lichtere hulp is voldoende"),
						containsString("Ja, plan afsluiten"), containsString("action=\"" + household + "/evaluaties\""),
						containsString("name=\"continuation\" value=\"LIGHTER_HELP_SUFFICES\""))));
		assertThat(jdbc.sql("select count(*) from plan_evaluation where household_id = ?")
				.param(UUID.fromString(household.substring(household.lastIndexOf('/') + 1))).query(Long.class).single()).isZero();

		// Without the continuation the check page is not shown: the form comes back with the error.
		mvc.perform(post(household + "/evaluaties/controleren").session(session).with(csrf()).param("moment", "CLOSURE")
						.param("evaluatedOn", "2026-11-16"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Controleer het formulier")));

		mvc.perform(post(household + "/evaluaties").session(session).with(csrf()).param("moment", "CLOSURE")
						.param("evaluatedOn", "2026-11-16").param("continuation", "LIGHTER_HELP_SUFFICES")
						.param("remarks", "Het gaat goed").param("remarksInternal", "false"))
				.andExpect(redirectedUrl(household))
				.andExpect(flash().attribute("message", "De evaluatie is vastgelegd."));
		mvc.perform(get(household).session(session))
				.andExpect(content().string(containsString("Het plan is afgesloten. Er hoeft niets meer te gebeuren.")));
	}

	@Test
	@DisplayName("PLAN-5: an evaluation at an MDO needs no check step and is saved at once")
	void anEvaluationAtAnMdoIsSavedWithoutACheckStep() throws Exception {
		mvc.perform(post(household + "/evaluaties/controleren").session(session).with(csrf()).param("moment", "MDO")
						.param("evaluatedOn", "2026-11-16"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Controleer het formulier")));
	}
}
