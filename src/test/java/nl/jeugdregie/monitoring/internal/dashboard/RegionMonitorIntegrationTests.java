package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.monitoring.Published;
import nl.jeugdregie.monitoring.internal.generator.Regions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regional access-team monitor (MON-9) against hand-computed rows: intake's events published directly for two
 * member municipalities of a test region, read through the API and the page; suppression down each column; bad
 * periods; a municipality in no region. Also MON-9's second half, the professional's waiting-time instrument, and
 * MON-8's explicit "no data yet".
 */
@IntegrationTest
class RegionMonitorIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	TestRegion region;
	CurrentUser teamLead;

	@BeforeEach
	void setUp() {
		region = TestRegion.create(fixtures, jdbc);
		teamLead = fixtures.user(Role.TEAM_LEAD, region.north().municipality(), region.north().team());
	}

	/**
	 * North: eleven requests registered 1 October 2026 (term 2 weeks, deadline 15 October). Ten started after
	 * 1, 2, 3, 4, 5 days (within the term) and 15, 16, 17, 18, 30 days (late); one of them had 6 conversations;
	 * one still waits today (past the term). South: five requests registered 5 October, all seen the same day,
	 * one with 6 conversations.
	 */
	void octoberHistory() {
		var north = new IntakeEvents(publisher, transactions, region.north().municipality(), region.north().team().id());
		for (var days : new int[] { 1, 2, 3, 4, 5, 15, 16, 17, 18, 30 }) {
			north.request().registered("2026-10-01")
					.conversations(java.time.LocalDate.of(2026, 10, 1).plusDays(days).toString(), days == 30 ? 6 : 1);
		}
		north.request().registered("2026-10-01");
		var south = new IntakeEvents(publisher, transactions, region.south().municipality(), region.south().team().id());
		for (var i = 0; i < 5; i++) {
			south.request().registered("2026-10-05").conversations("2026-10-05", i == 0 ? 6 : 1);
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);
	}

	@Test
	@DisplayName("MON-9: the API gives one hand-computed row per member municipality and the region total")
	void givesOneRowPerMemberMunicipalityAndTheRegionTotal() throws Exception {
		octoberHistory();

		mvc.perform(get("/api/v1/dashboard/region").param("from", "2026-10").param("to", "2026-10")
						.with(TestFixtures.api(teamLead)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.region").value("Testregio"))
				.andExpect(jsonPath("$.municipalities.length()").value(2))
				.andExpect(jsonPath("$.municipalities[0].municipalityName").value("Regiotest Noord"))
				.andExpect(jsonPath("$.municipalities[0].own").value(true))
				.andExpect(jsonPath("$.municipalities[0].registrations.value").value(Published.as(11)))
				// Waits 1..5, 15..18, 30: nearest rank 5 of 10 is 5 days, rank 9 of 10 is 18 days.
				.andExpect(jsonPath("$.municipalities[0].medianWaitingDays.value").value(5))
				.andExpect(jsonPath("$.municipalities[0].p90WaitingDays.value").value(18))
				.andExpect(jsonPath("$.municipalities[0].startedLate.value").value(Published.as(5)))
				.andExpect(jsonPath("$.municipalities[0].startedWithinTermPercent.value").value(Published.percentOf(5, 10)))
				.andExpect(jsonPath("$.municipalities[1].municipalityName").value("Regiotest Zuid"))
				.andExpect(jsonPath("$.municipalities[1].own").value(false))
				.andExpect(jsonPath("$.municipalities[1].registrations.value").value(Published.as(5)))
				.andExpect(jsonPath("$.municipalities[1].medianWaitingDays.value").value(anyOf(equalTo(0), nullValue())))
				.andExpect(jsonPath("$.municipalities[1].p90WaitingDays.value").value(anyOf(equalTo(0), nullValue())))
				.andExpect(jsonPath("$.municipalities[1].startedLate.value").value(0))
				.andExpect(jsonPath("$.municipalities[1].startedWithinTermPercent.value").value(anyOf(Published.percentOf(5, 5), nullValue())))
				.andExpect(jsonPath("$.total.municipalityName").value("Totaal regio"))
				.andExpect(jsonPath("$.total.registrations.value").value(Published.as(16)))
				.andExpect(jsonPath("$.total.startedLate.value").value(Published.as(5)))
				// Fifteen waits: five of 0 days, then 1..5, 15..18, 30: rank 8 is 3 days, rank 14 is 18 days.
				.andExpect(jsonPath("$.total.medianWaitingDays.value").value(3))
				.andExpect(jsonPath("$.total.p90WaitingDays.value").value(18))
				.andExpect(jsonPath("$.total.startedWithinTermPercent.value").value(Published.percentOf(10, 15)))
				.andExpect(content().string(not(containsString("helpRequest"))));
	}

	@Test
	@DisplayName("MON-9, SEC-2: small counts are published as 0 and the region total in its own right, so the total "
			+ "gives none away")
	void publishesSmallCountsAsZeroDownEachColumn() throws Exception {
		octoberHistory();

		mvc.perform(get("/api/v1/dashboard/region").param("from", "2026-10").param("to", "2026-10")
						.with(TestFixtures.api(teamLead)))
				.andExpect(status().isOk())
				// Waiting list now: north 1, south 0 -> both 0; the total 1 is small and 0 too.
				.andExpect(jsonPath("$.municipalities[0].waitingPastTerm.value").value(0))
				.andExpect(jsonPath("$.municipalities[0].waitingPastTerm.suppressed").value(false))
				.andExpect(jsonPath("$.municipalities[1].waitingPastTerm.value").value(0))
				.andExpect(jsonPath("$.total.waitingPastTerm.value").value(0))
				// More than 5 conversations: 1 and 1, both 0, total 2 also 0.
				.andExpect(jsonPath("$.municipalities[0].overMaxConversations.value").value(0))
				.andExpect(jsonPath("$.municipalities[1].overMaxConversations.value").value(0))
				.andExpect(jsonPath("$.total.overMaxConversations.value").value(0))
				.andExpect(jsonPath("$.legend[1]").value(containsString("k: ")));

		var session = TestFixtures.login(mvc, teamLead);
		mvc.perform(get("/dashboard/regio").param("van", "2026-10").param("tot", "2026-10").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Regiotest Noord")))
				.andExpect(content().string(containsString("Regiotest Zuid")))
				.andExpect(content().string(containsString("Totaal regio")))
				.andExpect(content().string(containsString("Legenda bij de cijfers")))
				.andExpect(content().string(containsString("een 0 betekent dus 0 tot en met 5")));
	}

	@Test
	@DisplayName("MON-9: a future, reversed or too long period is refused in Dutch on the page and as a 400 problem")
	void refusesBadPeriods() throws Exception {
		var session = TestFixtures.login(mvc, teamLead);
		mvc.perform(get("/dashboard/regio").param("van", "2026-12").param("tot", "2026-12").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Deze maand is nog niet begonnen")))
				.andExpect(content().string(not(containsString("Totaal regio"))));
		mvc.perform(get("/dashboard/regio").param("van", "2026-10").param("tot", "2026-03").session(session))
				.andExpect(content().string(containsString("De eindmaand ligt voor de beginmaand")));
		for (var period : new String[][] { { "2026-12", "2026-12" }, { "2026-10", "2026-03" }, { "2023-01", "2026-10" },
				{ "oktober", "2026-10" } }) {
			mvc.perform(get("/api/v1/dashboard/region").param("from", period[0]).param("to", period[1])
							.with(TestFixtures.api(teamLead)))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
					.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		}
	}

	@Test
	@DisplayName("MON-9: a reader whose municipality is in no region gets a clear Dutch message, and 404 from the API")
	void tellsAReaderOutsideAnyRegionSo() throws Exception {
		var outside = fixtures.newWorld();
		var officer = fixtures.user(Role.POLICY_OFFICER, outside.municipality(), null);

		mvc.perform(get("/dashboard/regio").session(TestFixtures.login(mvc, officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Uw gemeente hoort bij geen regio")));
		mvc.perform(get("/api/v1/dashboard/region").with(TestFixtures.api(officer)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(containsString("Uw gemeente hoort bij geen regio")));
	}

	@Test
	@DisplayName("MON-9: the youth-care region Noordoost-Brabant is configured with its sixteen municipalities, Oss 0828")
	void configuresTheRegionNoordoostBrabant() {
		var members = jdbc.sql("select municipality_code from monitoring_region_member where region_code = ?")
				.param("noordoost-brabant").query(String.class).list();

		assertThat(members).containsExactlyInAnyOrderElementsOf(
				Regions.region().stream().map(Regions.Place::code).toList()).contains("0828");
	}

	@Test
	@DisplayName("MON-9: the professional's waiting-time instrument: the worklist shows per waiting request its registration, deadline and days left")
	void showsTheWaitingTimeInstrumentOnTheProfessionalsWorklist() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var session = TestFixtures.login(mvc, professional);
		mvc.perform(post("/hulpvragen").session(session).with(csrf())
						.param("givenName", "Sem").param("familyName", "Wachter").param("dateOfBirth", "2014-03-01")
						.param("bsn", "1234 56 782").param("channel", "PHONE").param("referrer", "SCHOOL")
						.param("question", "Ruzie thuis."))
				.andExpect(status().is3xxRedirection());

		// Registered today (16 November 2026), TOE-5 term two weeks: deadline 30 November, 14 days left.
		mvc.perform(get("/werklijst").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sem Wachter")))
				.andExpect(content().string(containsString("16-11-2026")))
				.andExpect(content().string(containsString("30-11-2026")))
				.andExpect(content().string(containsString("Nog 14 dagen")));
	}

	@Test
	@DisplayName("MON-8: without allocations in the period, in-kind individual provisions say there are no data, with no figures, on page and API")
	void marksInKindProvisionsAsEmptyWithoutAllocations() throws Exception {
		mvc.perform(get("/api/v1/dashboard").with(TestFixtures.api(teamLead)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.inKindProvisions.status").value("EMPTY"))
				.andExpect(jsonPath("$.inKindProvisions.requirement").value("MON-8"))
				.andExpect(jsonPath("$.inKindProvisions.categories.length()").value(0))
				.andExpect(jsonPath("$.inKindProvisions.message").value(not(org.hamcrest.Matchers.matchesPattern(".*\\d.*"))));

		mvc.perform(get("/dashboard").session(TestFixtures.login(mvc, teamLead)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Individuele voorzieningen in natura")))
				.andExpect(content().string(containsString(
						"Geen gegevens: in deze periode zijn geen voorzieningen in natura toegewezen.")))
				.andExpect(content().string(containsString("/dashboard/regio")));
	}
}
