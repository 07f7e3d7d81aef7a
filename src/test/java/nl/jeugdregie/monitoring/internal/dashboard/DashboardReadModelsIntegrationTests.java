package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.Referrer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake's events feed monitoring's dashboard read models (ADR 0012): the raw events, one fact per request and the
 * monthly pre-aggregate, checked against hand-computed figures; a rebuild from the stored events gives the same.
 */
@IntegrationTest
class DashboardReadModelsIntegrationTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;
	@Autowired DashboardQueries queries;
	@Autowired DashboardReadModels readModels;

	TestFixtures.World world;
	IntakeEvents events;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());
	}

	/**
	 * Five requests registered in October 2026 (term 2 weeks, at most 5 conversations), and two earlier ones of
	 * the same young people.
	 */
	void octoberHistory() {
		var earlierWithinAYear = events.request().registered("2025-12-01").closed("WITHDRAWN", "2026-03-01");
		var earlierLongAgo = events.request().registered("2025-05-01").closed("WITHDRAWN", "2025-06-01");
		// 4 days waiting, 6 conversations (over the maximum), solved by the CJG: lead time 29 days.
		events.request().registered("2026-10-01").conversations("2026-10-05", 6)
				.transitioned("IN_CJG_TREATMENT", "CJG_TREATMENT", "2026-10-06", null)
				.closed("SOLVED_BY_CJG", "2026-10-30");
		// 18 days waiting (past the 16 October deadline); application 22 October, route ended after 19 days.
		events.request().registered("2026-10-02").conversations("2026-10-20", 1)
				.transitioned("AWAITING_APPLICATION", "SPECIALISED_CARE", "2026-10-21", "2026-11-04")
				.transitioned("APPLICATION_MADE", "SPECIALISED_CARE", "2026-10-22", "2026-12-17")
				.closed("SPECIALISED_CARE_STARTED", "2026-11-10");
		// A crisis from Veilig Thuis, seen the same day; "no is also an answer" the next day.
		events.request().registered("2026-10-05", Referrer.VEILIG_THUIS, Crisis.DURING_OFFICE_HOURS, null)
				.conversations("2026-10-05", 1).closed("NO_CARE_NEEDED", "2026-10-06");
		// Back within a year after closure (MON-7); still waiting today, deadline 24 October passed.
		events.request().registered("2026-10-10", Referrer.SCHOOL, Crisis.NONE, earlierWithinAYear.id);
		// Back more than a year after closure: not a repeat. 2 days waiting.
		events.request().registered("2026-10-12", Referrer.SCHOOL, Crisis.NONE, earlierLongAgo.id)
				.conversations("2026-10-14", 2);
		awaitStored();
	}

	@Test
	@DisplayName("MON-1, MON-7, MON-10: listeners derive the monthly figures from intake's events")
	void derivesTheMonthlyFiguresFromIntakesEvents() {
		octoberHistory();

		var figures = queries.figures(DashboardScope.municipality(world.municipality().value(), OCTOBER, OCTOBER), TODAY);

		var october = figures.total();
		assertThat(october.registrations().count()).isEqualTo(5);
		assertThat(october.crisis().count()).isEqualTo(1);
		assertThat(october.fromVeiligThuis().count()).as("MON-10").isEqualTo(1);
		assertThat(october.repeats().count()).as("MON-7").isEqualTo(1);
		assertThat(october.started().count()).isEqualTo(4);
		assertThat(october.waitingDaysSum()).isEqualTo(4 + 18 + 0 + 2);
		assertThat(october.startedLate().count()).isEqualTo(1);
		assertThat(october.overMaxConversations().count()).isEqualTo(1);
		assertThat(october.triageCjg().count()).isEqualTo(1);
		assertThat(october.triageSpecialised().count()).isEqualTo(1);
		assertThat(october.triageNoCare().count()).isEqualTo(1);
		assertThat(october.triaged().count()).isEqualTo(3);
		assertThat(october.applications().count()).isEqualTo(1);
		assertThat(october.routesEnded().count()).isEqualTo(1);
		assertThat(october.routeDaysSum()).isEqualTo(19);
		assertThat(october.routesLate().count()).isZero();
		assertThat(october.closed().count()).isEqualTo(3);
		assertThat(october.leadDaysSum()).isEqualTo(29 + 39 + 1);
		// Waiting days 0, 2, 4, 18: nearest rank 2 of 4 is 2 days, rank 4 of 4 (90th percentile) 18 days.
		assertThat(figures.totalWait().percentile(50)).isEqualTo(2);
		assertThat(figures.totalWait().percentile(90)).isEqualTo(18);
		assertThat(figures.waitingPastTerm().count()).isEqualTo(1);
		assertThat(figures.routesPastLeadTime().count()).isZero();
	}

	@Test
	@DisplayName("MON-1: the whole set and a team filter read their own pre-aggregate rows with the same figures")
	void givesTheSameFiguresThroughEveryAggregateLevel() {
		octoberHistory();
		var municipality = world.municipality().value();

		var byMunicipality = queries.figures(DashboardScope.municipality(municipality, OCTOBER, OCTOBER), TODAY);
		var byTeam = queries.figures(new DashboardScope(municipality, world.team().id().value(), null, OCTOBER,
				OCTOBER), TODAY);
		var otherTeam = queries.figures(new DashboardScope(municipality, world.otherTeam().id().value(), null,
				OCTOBER, OCTOBER), TODAY);
		var bySchool = queries.figures(new DashboardScope(municipality, null, Referrer.SCHOOL, OCTOBER, OCTOBER), TODAY);

		assertThat(byTeam.total()).isEqualTo(byMunicipality.total());
		assertThat(otherTeam.empty()).isTrue();
		assertThat(bySchool.total().registrations().count()).isEqualTo(2);
		assertThat(bySchool.total().repeats().count()).isEqualTo(1);
		assertThat(bySchool.waitingPastTerm().count()).isEqualTo(1);
		var national = queries.figures(DashboardScope.national(OCTOBER, OCTOBER), TODAY);
		assertThat(national.total().registrations().count()).isGreaterThanOrEqualTo(5);
	}

	@Test
	@DisplayName("MON-1: an event delivered twice counts once")
	void countsAReDeliveredEventOnce() {
		var request = events.request().registered("2026-09-07");
		request.registered("2026-09-07");
		awaitStored();

		var figures = queries.figures(DashboardScope.municipality(world.municipality().value(), YearMonth.of(2026, 9),
				YearMonth.of(2026, 9)), TODAY);

		assertThat(figures.total().registrations().count()).isEqualTo(1);
	}

	@Test
	@DisplayName("MON-1, MON-7, MON-10: a rebuild from the stored events gives the same figures")
	void rebuildsTheSameFiguresFromTheStoredEvents() {
		octoberHistory();
		var scope = new DashboardScope(world.municipality().value(), null, null, YearMonth.of(2025, 5), OCTOBER);
		var before = queries.figures(scope, TODAY);
		var national = queries.figures(DashboardScope.national(YearMonth.of(2025, 5), OCTOBER), TODAY);

		var result = readModels.rebuild();

		var after = queries.figures(scope, TODAY);
		assertThat(result.requests()).isGreaterThanOrEqualTo(7);
		assertThat(after.months()).usingRecursiveComparison().isEqualTo(before.months());
		assertThat(after.total()).isEqualTo(before.total());
		assertThat(after.waitingPastTerm()).isEqualTo(before.waitingPastTerm());
		assertThat(queries.figures(DashboardScope.national(YearMonth.of(2025, 5), OCTOBER), TODAY).total())
				.isEqualTo(national.total());
	}

	@Test
	@DisplayName("MON-3: a rebuild restores the outcome indicators' registrations and closures from the stored events")
	void rebuildsTheOutcomeRegistrationsAndClosures() {
		octoberHistory();
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication
				where (listener_id like '%OutcomeProjection%' or listener_id like '%DashboardProjection%')
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);
		var municipality = world.municipality().value();
		assertThat(outcomeRows("monitoring_outcome_registration", municipality)).isEqualTo(7);
		assertThat(outcomeRows("monitoring_outcome_closure", municipality)).isEqualTo(5);
		jdbc.sql("delete from monitoring_outcome_registration where municipality_code = ?").param(municipality).update();
		jdbc.sql("delete from monitoring_outcome_closure where municipality_code = ?").param(municipality).update();

		readModels.rebuild();

		assertThat(outcomeRows("monitoring_outcome_registration", municipality)).isEqualTo(7);
		assertThat(outcomeRows("monitoring_outcome_closure", municipality)).isEqualTo(5);
	}

	private long outcomeRows(String table, String municipality) {
		return jdbc.sql("select count(*) from " + table + " where municipality_code = ?").param(municipality)
				.query(Long.class).single();
	}

	/** Until monitoring's dashboard listener completed every event published so far. */
	private void awaitStored() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);
	}
}
