package nl.jeugdregie.monitoring.internal.dashboard;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.monitoring.Published;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.Referrer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard page and API (MON-1, MON-7, MON-10) for the user's own municipality: figures with small counts
 * suppressed (SEC-2), an explicit empty state, and Dutch refusals of bad filters. "Today" is 16 November 2026.
 */
@IntegrationTest
class DashboardIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser teamLead;
	CurrentUser policyOfficer;
	IntakeEvents events;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		teamLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());
	}

	/** Seven October registrations: six by parents (one a crisis), one from Veilig Thuis; five started after 11 to 15 days. */
	void october() {
		for (var day = 1; day <= 6; day++) {
			var request = events.request().registered("2026-10-0" + day, Referrer.PARENT,
					day == 1 ? Crisis.DURING_OFFICE_HOURS : Crisis.NONE, null);
			if (day <= 5) {
				var started = "2026-10-" + (10 + 2 * day);
				request.conversations(started, 1).transitioned("IN_CJG_TREATMENT", "CJG_TREATMENT", started, null);
			}
		}
		events.request().registered("2026-10-07", Referrer.VEILIG_THUIS, Crisis.NONE, null);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);
	}

	@Test
	@DisplayName("MON-1, MON-10, SEC-2: the API gives the period's figures as published: counts below 5 as 0")
	void givesThePeriodsFiguresWithSmallCountsPublishedAsZero() throws Exception {
		october();

		mvc.perform(api().param("from", "2026-10").param("to", "2026-10"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.empty").value(false))
				.andExpect(jsonPath("$.figures.registrations.value").value(Published.as(7)))
				// Waiting 11 to 15 days for the five started requests: median (rank 3) 13, 90th percentile (rank 5)
				// 15; left out (k) when the five are published as 0.
				.andExpect(jsonPath("$.figures.medianWaitingDays.value").value(anyOf(equalTo(13), nullValue())))
				.andExpect(jsonPath("$.figures.p90WaitingDays.value").value(anyOf(equalTo(15), nullValue())))
				.andExpect(jsonPath("$.figures.crisis.value").value(0))
				.andExpect(jsonPath("$.figures.crisis.suppressed").value(false))
				.andExpect(jsonPath("$.shares.crisis.value").value(0))
				.andExpect(jsonPath("$.figures.fromVeiligThuis.value").value(0))
				.andExpect(jsonPath("$.figures.repeatsWithinYear.value").value(0))
				.andExpect(jsonPath("$.triageOutcomes.CJG_TREATMENT.value").value(Published.as(5)))
				.andExpect(jsonPath("$.months[0].registrations.value").value(Published.as(7)))
				// Still waiting past the term today: registered 6 and 7 October, deadlines 20 and 21 October: 2, so 0.
				.andExpect(jsonPath("$.figures.waitingPastTerm.value").value(0))
				.andExpect(jsonPath("$.legend[0]").value(containsString("0 tot en met 5")));
	}

	@Test
	@DisplayName("SEC-2: a small month is published as 0 and the total in its own right, so total minus the other "
			+ "months does not give it")
	void publishesASmallMonthAsZeroAndTheTotalInItsOwnRight() throws Exception {
		october();
		events.request().registered("2026-09-14");
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);

		mvc.perform(api().param("from", "2026-09").param("to", "2026-10"))
				.andExpect(jsonPath("$.months[0].registrations.value").value(0))
				.andExpect(jsonPath("$.months[1].registrations.value").value(Published.as(7)))
				.andExpect(jsonPath("$.total.registrations.value").value(Published.as(8)));
	}

	@Test
	@DisplayName("MON-1, SEC-2: a tile's trend compares the last two complete months from their published figures; "
			+ "a month still running gives none")
	void givesTrendsBetweenTheLastTwoCompleteMonthsFromPublishedFigures() throws Exception {
		october();
		for (var day = 10; day <= 17; day++) {
			events.request().registered("2026-09-" + day);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);

		var json = mvc.perform(api().param("from", "2026-09").param("to", "2026-10"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.trends.registrations.month").value("oktober 2026"))
				.andExpect(jsonPath("$.trends.registrations.comparedWith").value("september 2026"))
				.andExpect(jsonPath("$.trends.registrations.higherIsWorse").value(false))
				// The waiting list now has no month column, so no trend.
				.andExpect(jsonPath("$.trends.waitingPastTerm").doesNotExist())
				.andReturn().getResponse().getContentAsString();
		var september = com.jayway.jsonpath.JsonPath.<Integer>read(json, "$.months[0].registrations.value");
		var october = com.jayway.jsonpath.JsonPath.<Integer>read(json, "$.months[1].registrations.value");
		org.assertj.core.api.Assertions.assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(json,
				"$.trends.registrations.difference")).isEqualTo(october - september);

		// "Today" is 16 November: November is still running, so October has nothing complete to compare with.
		mvc.perform(api().param("from", "2026-10").param("to", "2026-11"))
				.andExpect(jsonPath("$.trends.registrations").doesNotExist());
		mvc.perform(page().param("van", "2026-09").param("tot", "2026-10"))
				.andExpect(content().string(containsString("In oktober 2026: ")))
				.andExpect(content().string(containsString(" september 2026")));
	}

	@Test
	@DisplayName("MON-1, MON-7, MON-10: the page shows key figures, SVG charts with text alternatives and data tables")
	void showsKeyFiguresChartsAndTables() throws Exception {
		october();

		mvc.perform(page().param("van", "2026-10").param("tot", "2026-10"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Wachtlijst: wacht nu langer dan 2 weken")))
				.andExpect(content().string(containsString("Meer dan 5 gesprekken")))
				.andExpect(content().string(containsString("Toeleiding langer dan 8 weken")))
				.andExpect(content().string(containsString("Nee is ook een antwoord")))
				.andExpect(content().string(containsString("Opnieuw aangemeld binnen een jaar na afsluiting")))
				.andExpect(content().string(containsString("Via Veilig Thuis")))
				.andExpect(content().string(containsString("<svg")))
				.andExpect(content().string(containsString("Aanmeldingen per maand, van okt 2026 tot en met okt 2026")))
				.andExpect(content().string(containsString("Legenda bij de cijfers")))
				.andExpect(content().string(containsString("een 0 betekent dus 0 tot en met 5")))
				.andExpect(content().string(not(containsString("style="))));
	}

	@Test
	@DisplayName("MON-1: a period without registrations shows an explicit 'geen gegevens' state")
	void showsAnExplicitEmptyState() throws Exception {
		mvc.perform(page().param("van", "2024-01").param("tot", "2024-03"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Geen gegevens.")));
		mvc.perform(api().param("from", "2024-01").param("to", "2024-03"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.empty").value(true));
	}

	@Test
	@DisplayName("MON-1: future and reversed periods and unknown teams are refused in Dutch, as problem+json in the API")
	void refusesBadFiltersInDutch() throws Exception {
		mvc.perform(api().param("from", "2026-12").param("to", "2027-02"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("from"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("nog niet begonnen")));
		mvc.perform(api().param("from", "2026-10").param("to", "2026-03"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		var elsewhere = fixtures.newWorld();
		mvc.perform(api().param("team", elsewhere.team().id().toString()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("team"));

		mvc.perform(page().param("van", "2026-10").param("tot", "2026-03"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer de filters")))
				.andExpect(content().string(containsString("De eindmaand ligt voor de beginmaand")))
				.andExpect(content().string(not(containsString("Kerncijfers"))));
	}

	@Test
	@DisplayName("SEC-2: a policy officer sees only the own municipality's aggregates")
	void showsOnlyTheOwnMunicipality() throws Exception {
		october();
		var elsewhere = fixtures.newWorld();
		var otherOfficer = fixtures.user(Role.POLICY_OFFICER, elsewhere.municipality(), null);

		mvc.perform(get("/api/v1/dashboard").param("from", "2026-10").param("to", "2026-10")
						.with(TestFixtures.api(otherOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.figures.registrations.value").value(0))
				.andExpect(jsonPath("$.empty").value(true));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api() {
		return get("/api/v1/dashboard").with(TestFixtures.api(policyOfficer));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page() throws Exception {
		return get("/dashboard").session(TestFixtures.login(mvc, teamLead));
	}
}
