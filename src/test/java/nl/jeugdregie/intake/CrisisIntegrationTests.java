package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** TOE-10: a crisis goes to the top of the team's list in office hours; outside them it is flagged for the protocol. */
@IntegrationTest
@RecordApplicationEvents
class CrisisIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ApplicationEvents events;

	@Test // TOE-10
	void putsACrisisAtTheTopOfTheListInOfficeHoursAndFlagsOneOutsideThem() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		register(professional, false, "2026-10-30T09:00:00Z"); // overdue, but no crisis
		var monday = register(professional, true, "2026-11-16T08:30:00Z"); // Monday 09:30 in Oss
		var sunday = register(professional, true, "2026-11-15T19:00:00Z"); // Sunday 20:00

		mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.crises.length()").value(2))
				.andExpect(jsonPath("$.crises[?(@.id=='" + monday.value() + "')].crisis").value("DURING_OFFICE_HOURS"))
				.andExpect(jsonPath("$.crises[?(@.id=='" + sunday.value() + "')].crisis").value("OUTSIDE_OFFICE_HOURS"))
				.andExpect(jsonPath("$.overdue.length()").value(1))
				.andExpect(jsonPath("$.overdue[0].crisis").value("NONE"));
		assertThat(events.stream(HelpRequestRegistered.class).filter(e -> e.municipality().equals(world.municipality())))
				.extracting(HelpRequestRegistered::crisis)
				.containsExactly(Crisis.NONE, Crisis.DURING_OFFICE_HOURS, Crisis.OUTSIDE_OFFICE_HOURS);
	}

	@Autowired nl.jeugdregie.identity.UserAccounts accounts;
	@Autowired nl.jeugdregie.policy.NormSettings normSettings;

	@Test
	@org.junit.jupiter.api.DisplayName("TOE-2, TOE-10: office hours are the municipality's dated norms; reversed hours are refused")
	void followsTheMunicipalitysOwnOfficeHours() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var today = LocalDate.parse("2026-11-16");
		assertThat(normSettings.schedule(admin, nl.jeugdregie.policy.NormKey.OFFICE_HOURS_OPENING, 10, today, "Later open"))
				.isInstanceOf(nl.jeugdregie.platform.result.Outcome.Done.class);
		assertThat(nl.jeugdregie.policy.NormChangeRefusal.in(
				normSettings.schedule(admin, nl.jeugdregie.policy.NormKey.OFFICE_HOURS_CLOSING, 9, today.plusDays(1), null)))
				.contains(nl.jeugdregie.policy.NormChangeRefusal.OFFICE_HOURS_REVERSED);

		var beforeOpening = register(professional, true, "2026-11-16T08:30:00Z"); // Monday 09:30: still closed here
		var afterOpening = register(professional, true, "2026-11-16T09:00:00Z"); // Monday 10:00

		mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.crises[?(@.id=='" + beforeOpening.value() + "')].crisis").value("OUTSIDE_OFFICE_HOURS"))
				.andExpect(jsonPath("$.crises[?(@.id=='" + afterOpening.value() + "')].crisis").value("DURING_OFFICE_HOURS"));
	}

	@Test // TOE-10
	void assignsACrisisInOfficeHoursStraightToTheSafetyProfessionalWithTheSmallestCaseload() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var busySafety = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var freeSafety = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var noSafety = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		accounts.replaceExpertise(busySafety.username(), java.util.Set.of(nl.jeugdregie.identity.Expertise.SAFETY));
		accounts.replaceExpertise(freeSafety.username(), java.util.Set.of(nl.jeugdregie.identity.Expertise.SAFETY));
		var first = register(lead, true, "2026-11-16T08:00:00Z");
		var second = register(lead, true, "2026-11-16T08:30:00Z");
		var outside = register(lead, true, "2026-11-15T19:00:00Z");
		var regular = register(noSafety, false, "2026-11-16T08:30:00Z");

		var firstHandler = file(first, lead);
		assertThat(firstHandler).isIn(busySafety.username(), freeSafety.username());
		assertThat(file(second, lead)).isIn(busySafety.username(), freeSafety.username()).isNotEqualTo(firstHandler);
		assertThat(file(outside, lead)).isNull();
		assertThat(file(regular, lead)).isNull();
		mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(lead)))
				.andExpect(jsonPath("$.crises[?(@.id=='" + first.value() + "')].assignedTo").value(firstHandler));
		mvc.perform(get("/hulpvragen/{id}", first.value()).session(TestFixtures.login(mvc, lead)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("direct toegewezen aan " + busySafety.displayName())));
	}

	@Test // TOE-10
	void assignsACrisisToTheRegistrarWhenTheTeamHasNoYouthProfessional() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		assertThat(file(register(lead, true, "2026-11-16T08:00:00Z"), lead)).isEqualTo(lead.username());
	}

	@Test // TOE-10
	void givesACrisisTheMunicipalitysSameDayTermInsteadOfTheOrdinaryTwoWeeks() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var crisis = register(professional, true, "2026-11-13T09:30:00Z"); // Friday, in office hours
		var regular = register(professional, false, "2026-11-13T09:30:00Z");

		mvc.perform(get("/api/v1/help-requests/{id}", crisis.value()).with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.treatmentDeadline").value("2026-11-13"))
				.andExpect(jsonPath("$.clock.status").value("OVERDUE"));
		mvc.perform(get("/api/v1/help-requests/{id}", regular.value()).with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.treatmentDeadline").value("2026-11-27"));

		// A dated norm: from its effective date a crisis gets the municipality's own term.
		assertThat(normSettings.schedule(admin, nl.jeugdregie.policy.NormKey.CRISIS_TREATMENT_START_TERM, 1,
				LocalDate.parse("2026-11-16"), "Crisisdienst neemt de eerste dag over"))
				.isInstanceOf(nl.jeugdregie.platform.result.Outcome.Done.class);
		var later = register(professional, true, "2026-11-16T08:30:00Z");
		mvc.perform(get("/api/v1/help-requests/{id}", later.value()).with(TestFixtures.api(professional)))
				.andExpect(jsonPath("$.treatmentDeadline").value("2026-11-17"))
				.andExpect(jsonPath("$.clock.text").value("Nog 1 dag"));
	}

	private @org.jspecify.annotations.Nullable String file(HelpRequestId id, CurrentUser user) throws Exception {
		var json = mvc.perform(get("/api/v1/help-requests/{id}", id.value())
				.with(TestFixtures.api(user))).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(json, "$.assignedTo");
	}

	private HelpRequestId register(CurrentUser professional, boolean crisis, String at) {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Sem", "Bos",
				LocalDate.of(2012, 2, 2), null, null, null, Channel.PHONE, Referrer.POLICE, "Acute zorgen thuis.", crisis),
				professional, Instant.parse(at))).id();
	}
}
