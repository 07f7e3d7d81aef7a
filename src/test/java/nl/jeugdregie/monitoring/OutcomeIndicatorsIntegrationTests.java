package nl.jeugdregie.monitoring;

import static nl.jeugdregie.intake.ClosureReason.HANDED_TO_SOCIAL_TEAM;
import static nl.jeugdregie.intake.ClosureReason.MOVED_AWAY;
import static nl.jeugdregie.intake.ClosureReason.NO_CARE_NEEDED;
import static nl.jeugdregie.intake.ClosureReason.OTHER;
import static nl.jeugdregie.intake.ClosureReason.SOLVED_BY_CJG;
import static nl.jeugdregie.intake.ClosureReason.SPECIALISED_CARE_STARTED;
import static nl.jeugdregie.intake.ClosureReason.WITHDRAWN;
import static nl.jeugdregie.intake.UsefulnessScored.Respondent.PARENT;
import static nl.jeugdregie.intake.UsefulnessScored.Respondent.YOUNG_PERSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.PlanEvaluated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MON-3: the CBS outcome indicators on hand-computed cases (docs/indicators.md), for the first half of 2026,
 * with small counts suppressed (SEC-2). Each test has its own municipality; "today" is 16 November 2026.
 */
@IntegrationTest
class OutcomeIndicatorsIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	OutcomeEvents events;
	CurrentUser policyOfficer;

	@BeforeEach
	void setUp() {
		var world = fixtures.newWorld();
		events = new OutcomeEvents(publisher, transactions, jdbc, world);
		policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
	}

	@Test
	@DisplayName("MON-3: drop-out is the share of ends one-sided by client or CJG among ends with a known reason")
	void computesDropOutFromTheCbsEndReasonCategories() throws Exception {
		times(6, () -> events.closed("2026-02-10", SOLVED_BY_CJG));
		times(2, () -> events.closed("2026-03-10", SPECIALISED_CARE_STARTED));
		times(3, () -> events.closed("2026-04-10", NO_CARE_NEEDED));
		times(2, () -> events.closed("2026-04-11", HANDED_TO_SOCIAL_TEAM));
		times(5, () -> events.closed("2026-05-10", WITHDRAWN));
		times(2, () -> events.closed("2026-06-30", MOVED_AWAY));
		events.closed("2026-06-01", OTHER);
		// Outside the period: not counted.
		events.closed("2026-07-01", WITHDRAWN);
		events.closed("2025-12-31", WITHDRAWN);
		events.awaitHandled();

		// Known reasons: 8 according to plan + 5 in agreement + 5 by the client + 2 external = 20; drop-out 5 = 25%.
		mvc.perform(outcomes("2026-01", "2026-06"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.dropOut.numerator").value(Published.as(5)))
				.andExpect(jsonPath("$.dropOut.denominator").value(Published.as(20)))
				.andExpect(jsonPath("$.dropOut.percentage").value(Published.percentOf(5, 20)))
				.andExpect(jsonPath("$.dropOut.suppressed").value(false))
				.andExpect(jsonPath("$.endReasons[0].count").value(Published.as(8)))
				.andExpect(jsonPath("$.endReasons[1].count").value(Published.as(5)))
				.andExpect(jsonPath("$.endReasons[2].count").value(Published.as(5)))
				.andExpect(jsonPath("$.endReasons[3].count").value(0))
				// SEC-2: external 2 and unknown 1 are small: published as 0; the total in its own right.
				.andExpect(jsonPath("$.endReasons[4].count").value(0))
				.andExpect(jsonPath("$.endReasons[5].count").value(0))
				.andExpect(jsonPath("$.endReasonsTotal").value(Published.as(21)));
	}

	@Test
	@DisplayName("MON-3: satisfaction is the mean usefulness score and the share of scores of 7 or more, the latest score per respondent")
	void computesSatisfactionFromTheLatestUsefulnessScores() throws Exception {
		var rescored = events.scored("2026-02-01", YOUNG_PERSON, 2);
		events.scored(rescored, "2026-03-01", YOUNG_PERSON, 8);
		for (var score : new int[] { 9, 6, 7, 10, 3 }) {
			events.scored("2026-04-01", YOUNG_PERSON, score);
		}
		for (var score : new int[] { 5, 7, 8, 4, 9, 6 }) {
			events.scored("2026-05-01", PARENT, score);
		}
		events.scored("2026-07-10", PARENT, 1);
		events.awaitHandled();

		// 12 scores summing to 82: mean 6.8; 7 of them 7 or more (58%), 5 below.
		mvc.perform(outcomes("2026-01", "2026-06"))
				.andExpect(jsonPath("$.satisfaction.scores").value(Published.as(12)))
				.andExpect(jsonPath("$.satisfaction.mean").value(6.8))
				.andExpect(jsonPath("$.satisfaction.satisfiedFrom").value(7))
				.andExpect(jsonPath("$.satisfaction.satisfied.numerator").value(Published.as(7)))
				.andExpect(jsonPath("$.satisfaction.satisfied.denominator").value(Published.as(12)))
				.andExpect(jsonPath("$.satisfaction.satisfied.percentage").value(Published.percentOf(7, 12)));
		// In March only the re-scored 8 counts, not the 2 of February; one score is too few to show a mean.
		mvc.perform(outcomes("2026-03", "2026-03"))
				.andExpect(jsonPath("$.satisfaction.scores").value(0))
				.andExpect(jsonPath("$.satisfaction.meanMark").value("k"))
				.andExpect(jsonPath("$.satisfaction.mean").doesNotExist())
				.andExpect(jsonPath("$.satisfaction.satisfied.suppressed").value(true));
		mvc.perform(outcomes("2026-02", "2026-02"))
				.andExpect(jsonPath("$.satisfaction.scores").value(0));
	}

	@Test
	@DisplayName("MON-3, SEC-2: continues without help uses the four CBS answers at closure or handover, published through the disclosure control")
	void computesContinuationAnswersPublishedThroughTheDisclosureControl() throws Exception {
		times(6, () -> events.evaluated("2026-03-01", PlanEvaluated.Moment.CLOSURE, 3, 3, 3, ContinuationOutcome.CONTINUES_WITHOUT_HELP));
		times(5, () -> events.evaluated("2026-04-01", PlanEvaluated.Moment.HANDOVER, 3, 1, 2, ContinuationOutcome.LIGHTER_HELP_SUFFICES));
		events.evaluated("2026-05-01", PlanEvaluated.Moment.CLOSURE, 3, 0, 0, ContinuationOutcome.SAME_OR_HEAVIER_HELP_NEEDED);
		// An MDO is an interim evaluation: neither its answer nor its goals count.
		events.evaluated("2026-05-02", PlanEvaluated.Moment.MDO, 4, 4, 4, null);
		events.awaitHandled();

		mvc.perform(outcomes("2026-01", "2026-06"))
				.andExpect(jsonPath("$.continuesWithoutHelp.numerator").value(Published.as(6)))
				.andExpect(jsonPath("$.continuesWithoutHelp.denominator").value(Published.as(12)))
				.andExpect(jsonPath("$.continuesWithoutHelp.percentage").value(Published.percentOf(6, 12)))
				.andExpect(jsonPath("$.continuation[0].count").value(Published.as(6)))
				// SEC-2: the single "same or heavier" is published as 0; the other parts stay near their true counts.
				.andExpect(jsonPath("$.continuation[3].count").value(0))
				.andExpect(jsonPath("$.continuation[1].count").value(Published.as(5)))
				.andExpect(jsonPath("$.continuation[2].count").value(0));
	}

	@Test
	@DisplayName("MON-3: agreed goals realised and problems reduced are goal shares over closure and handover evaluations")
	void computesGoalsRealisedAndProblemsReducedFromClosureAndHandoverEvaluations() throws Exception {
		times(6, () -> events.evaluated("2026-02-01", PlanEvaluated.Moment.CLOSURE, 3, 3, 3, ContinuationOutcome.CONTINUES_WITHOUT_HELP));
		times(3, () -> events.evaluated("2026-03-01", PlanEvaluated.Moment.CLOSURE, 3, 2, 2, ContinuationOutcome.NO_HELP_NOW_MAYBE_LATER));
		times(3, () -> events.evaluated("2026-04-01", PlanEvaluated.Moment.HANDOVER, 3, 1, 2, ContinuationOutcome.LIGHTER_HELP_SUFFICES));
		events.evaluated("2026-04-02", PlanEvaluated.Moment.MDO, 4, 0, 0, null);
		events.evaluated("2026-08-01", PlanEvaluated.Moment.CLOSURE, 3, 0, 0, ContinuationOutcome.SAME_OR_HEAVIER_HELP_NEEDED);
		events.awaitHandled();

		// 36 agreed goals; realised 18 + 6 + 3 = 27 (75%); improved 18 + 6 + 6 = 30 (83%).
		mvc.perform(outcomes("2026-01", "2026-06"))
				.andExpect(jsonPath("$.goalsRealised.numerator").value(Published.as(27)))
				.andExpect(jsonPath("$.goalsRealised.denominator").value(Published.as(36)))
				.andExpect(jsonPath("$.goalsRealised.percentage").value(Published.percentOf(27, 36)))
				.andExpect(jsonPath("$.problemsReduced.numerator").value(Published.as(30)))
				.andExpect(jsonPath("$.problemsReduced.percentage").value(Published.percentOf(30, 36)));
	}

	@Test
	@DisplayName("MON-3: no new start counts requests whose 6-month follow-up window ended in the period without a new request")
	void computesNoNewStartWithinTheFollowUpWindowFromEarlierRequests() throws Exception {
		// The window of 6 months ends in January–June 2026 for requests closed in July–December 2025.
		var restarted = new java.util.ArrayList<nl.jeugdregie.intake.HelpRequestId>();
		for (var i = 0; i < 5; i++) {
			restarted.add(events.closed("2025-08-01", SOLVED_BY_CJG));
		}
		events.registered("2025-08-01", 12, restarted.get(0)); // the same day
		events.registered("2025-09-15", 12, restarted.get(1));
		events.registered("2026-01-15", 12, restarted.get(2));
		events.registered("2026-02-01", 12, restarted.get(3)); // the window's last day
		events.registered("2025-12-01", 19, restarted.get(4));
		var late = events.closed("2025-07-10", NO_CARE_NEEDED);
		events.registered("2026-01-11", 12, late); // one day after its window: no new start within it
		for (var i = 0; i < 4; i++) {
			events.closed("2025-12-31", WITHDRAWN);
		}
		// Not in the cohort: moved away (followed elsewhere), or closed after 31 December 2025.
		events.closed("2025-10-01", MOVED_AWAY);
		events.closed("2026-01-05", SOLVED_BY_CJG);
		events.awaitHandled();

		// Cohort 10, restarted 5: no new start 5 of 10 = 50%.
		mvc.perform(outcomes("2026-01", "2026-06"))
				.andExpect(jsonPath("$.noNewStart.followUpMonths").value(6))
				.andExpect(jsonPath("$.noNewStart.cohortFrom").value("2025-07-01"))
				.andExpect(jsonPath("$.noNewStart.cohortTo").value("2025-12-31"))
				.andExpect(jsonPath("$.noNewStart.share.numerator").value(Published.as(5)))
				.andExpect(jsonPath("$.noNewStart.share.denominator").value(Published.as(10)))
				.andExpect(jsonPath("$.noNewStart.share.percentage").value(Published.percentOf(5, 10)));
	}

	@Test
	@DisplayName("MON-3, SEC-2: a period without facts answers an explicit empty report, small counts are published as 0")
	void answersAnEmptyReportAndPublishesSmallCountsAsZero() throws Exception {
		mvc.perform(outcomes("2024-01", "2024-12"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.empty").value(true))
				.andExpect(jsonPath("$.dropOut.denominator").value(0))
				.andExpect(jsonPath("$.dropOut.percentage").doesNotExist());
		times(6, () -> events.closed("2026-02-10", SOLVED_BY_CJG));
		events.closed("2026-02-11", WITHDRAWN);
		events.awaitHandled();
		// 1 of 7: the one drop-out is published as 0 and the percentage follows from the published counts.
		mvc.perform(outcomes("2026-02", "2026-02"))
				.andExpect(jsonPath("$.empty").value(false))
				.andExpect(jsonPath("$.dropOut.suppressed").value(false))
				.andExpect(jsonPath("$.dropOut.numerator").value(0))
				.andExpect(jsonPath("$.dropOut.percentage").value(0))
				.andExpect(jsonPath("$.dropOut.denominator").value(Published.as(7)));
	}

	@Test
	@DisplayName("MON-3: periods in the future, reversed or unreadable are refused as problem+json")
	void refusesFutureReversedAndUnreadablePeriods() throws Exception {
		mvc.perform(outcomes("2026-12", "2027-02"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Periode in de toekomst"));
		mvc.perform(outcomes("2026-06", "2026-01"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Periode omgekeerd"));
		mvc.perform(outcomes("januari", "2026-01"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Ongeldige periode"));
		// The running month is allowed: its figures are provisional.
		mvc.perform(outcomes("2026-11", "2026-11"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.running").value(true));
	}

	private MockHttpServletRequestBuilder outcomes(String from, String to) {
		return get("/api/v1/reports/outcomes").param("from", from).param("to", to)
				.with(TestFixtures.api(policyOfficer));
	}

	private static void times(int n, Runnable action) {
		for (var i = 0; i < n; i++) {
			action.run();
		}
	}
}
