package nl.jeugdregie.monitoring.internal.outcomes;

import static nl.jeugdregie.intake.UsefulnessScored.Respondent.PARENT;
import static nl.jeugdregie.intake.UsefulnessScored.Respondent.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.plans.ContinuationOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-3, SEC-2: the arithmetic of the outcome indicators on hand-computed examples (docs/indicators.md). */
class OutcomeCalculationsUnitTests {

	@Test
	@DisplayName("MON-3: every intake end reason maps explicitly onto a CBS end-reason category")
	void mapsEveryEndReasonOntoACbsCategory() {
		assertThat(EndReasonCategory.of(ClosureReason.SOLVED_BY_CJG)).isEqualTo(EndReasonCategory.ACCORDING_TO_PLAN);
		assertThat(EndReasonCategory.of(ClosureReason.SPECIALISED_CARE_STARTED)).isEqualTo(EndReasonCategory.ACCORDING_TO_PLAN);
		assertThat(EndReasonCategory.of(ClosureReason.HANDED_TO_SOCIAL_TEAM)).isEqualTo(EndReasonCategory.IN_AGREEMENT);
		assertThat(EndReasonCategory.of(ClosureReason.REFERRED_TO_PRECEDING_FIELD)).isEqualTo(EndReasonCategory.IN_AGREEMENT);
		assertThat(EndReasonCategory.of(ClosureReason.NO_CARE_NEEDED)).isEqualTo(EndReasonCategory.IN_AGREEMENT);
		assertThat(EndReasonCategory.of(ClosureReason.WITHDRAWN)).isEqualTo(EndReasonCategory.UNILATERAL_BY_CLIENT);
		assertThat(EndReasonCategory.of(ClosureReason.MOVED_AWAY)).isEqualTo(EndReasonCategory.EXTERNAL_CIRCUMSTANCES);
		assertThat(EndReasonCategory.of(ClosureReason.OTHER)).isEqualTo(EndReasonCategory.UNKNOWN);
		assertThat(EndReasonCategory.ofName("NO_LONGER_EXISTS")).isEqualTo(EndReasonCategory.UNKNOWN);
		assertThat(Arrays.stream(EndReasonCategory.values()).filter(EndReasonCategory::dropOut))
				.containsExactly(EndReasonCategory.UNILATERAL_BY_CLIENT, EndReasonCategory.UNILATERAL_BY_PROVIDER);
	}

	@Test
	@DisplayName("MON-3: drop-out = one-sided ends / ends with a known reason")
	void computesDropOutOverEndsWithAKnownReason() {
		var share = OutcomeCalculations.dropOut(Map.of(EndReasonCategory.ACCORDING_TO_PLAN, group(10),
				EndReasonCategory.IN_AGREEMENT, group(5), EndReasonCategory.UNILATERAL_BY_CLIENT, group(5),
				EndReasonCategory.EXTERNAL_CIRCUMSTANCES, group(5), EndReasonCategory.UNKNOWN, group(3)), DISCLOSURE);
		assertThat(share.numerator()).isEqualTo(5);
		assertThat(share.denominator()).isEqualTo(25);
		assertPublished(share);
	}

	@Test
	@DisplayName("MON-3: satisfaction = mean score and share of scores at or above the norm")
	void computesMeanAndShareSatisfied() {
		var scores = List.of(score(YOUNG_PERSON, 10), score(YOUNG_PERSON, 7), score(YOUNG_PERSON, 8), score(PARENT, 6),
				score(PARENT, 9), score(PARENT, 4), score(PARENT, 5), score(PARENT, 6), score(PARENT, 2),
				score(YOUNG_PERSON, 7));
		var satisfaction = OutcomeCalculations.satisfaction(scores, 7, DISCLOSURE);
		// Sum 64 over 10 scores: 6.4; at least 7: 10, 7, 8, 9, 7 = 5 of 10.
		assertThat(satisfaction.mean()).isEqualByComparingTo(new BigDecimal("6.4"));
		assertThat(satisfaction.shownMean()).isEqualTo(satisfaction.publishedScores() >= 5 ? "6,4" : "k");
		assertThat(satisfaction.satisfied().numerator()).isEqualTo(5);
		assertThat(satisfaction.satisfied().denominator()).isEqualTo(10);
		assertThat(satisfaction.byRespondent().part("Jeugdige").count()).isEqualTo(4);
		assertThat(satisfaction.byRespondent().part("Ouder").count()).isEqualTo(6);
		assertThat(satisfaction.byRespondent().part("Jeugdige").publishedCount()).isZero();
		assertThat(OutcomeCalculations.satisfaction(List.of(), 7, DISCLOSURE).shownMean()).isEqualTo("k");
	}

	@Test
	@DisplayName("MON-3: continues without help = first answer category / all answers")
	void computesContinuesWithoutHelp() {
		var answers = Map.of(ContinuationOutcome.CONTINUES_WITHOUT_HELP, group(9), ContinuationOutcome.LIGHTER_HELP_SUFFICES,
				group(6), ContinuationOutcome.NO_HELP_NOW_MAYBE_LATER, group(5));
		var share = OutcomeCalculations.continuesWithoutHelp(answers, DISCLOSURE);
		assertThat(share.numerator()).isEqualTo(9);
		assertThat(share.denominator()).isEqualTo(20);
		assertPublished(share);
		assertThat(OutcomeCalculations.continuation(answers, DISCLOSURE).parts()).extracting(Distribution.Part::count)
				.containsExactly(9L, 6L, 5L, 0L);
	}

	@Test
	@DisplayName("MON-3: no new start = cohort minus restarted, of the cohort")
	void computesNoNewStart() {
		var cohort = group(40);
		var restarted = new Tally(10, cohort.key() / 4);
		var share = OutcomeCalculations.noNewStart(cohort, restarted, DISCLOSURE);
		assertThat(share.numerator()).isEqualTo(30);
		assertThat(share.denominator()).isEqualTo(40);
		assertThat(share.publishedNumerator()).isEqualTo(DISCLOSURE.count(cohort.minus(restarted)));
	}

	@Test
	@DisplayName("SEC-2: a share publishes its perturbed counts; a part of 1 to 4 shows as 0, and the percentage is left "
			+ "out (k) when the published whole is below 5")
	void publishesSharesThroughTheDisclosureControl() {
		var small = Share.of(group(3), group(20), DISCLOSURE);
		assertThat(small.shownNumerator()).isEqualTo("0");
		assertThat(small.percentage()).isEqualTo(0L);
		var tiny = Share.of(group(4), group(4), DISCLOSURE);
		assertThat(tiny.hidden()).isTrue();
		assertThat(tiny.percentage()).isNull();
		assertThat(tiny.shownPercentage()).isEqualTo("k");
		assertThat(Share.of(Tally.NONE, Tally.NONE, DISCLOSURE).shownPercentage()).isEqualTo("k");
	}

	private static final Disclosure DISCLOSURE = Disclosure.withSecret("outcome-tests");
	private static long nextKey = 1_234_567;

	private static Tally group(int n) {
		nextKey = nextKey * 6_364_136_223_846_793_005L + 1;
		return new Tally(n, n * (nextKey >>> 33));
	}

	private static OutcomeCalculations.Score score(nl.jeugdregie.intake.UsefulnessScored.Respondent respondent, int score) {
		return new OutcomeCalculations.Score(respondent, score, group(1).key());
	}

	/** The published counts lie within what the perturbation table allows for the true ones. */
	private static void assertPublished(Share share) {
		assertThat(share.publishedNumerator()).isBetween(share.numerator() - 2, share.numerator() + 2);
		assertThat(share.publishedDenominator()).isBetween(share.denominator() - 2, share.denominator() + 2);
		assertThat(share.percentage())
				.isEqualTo(Math.round(100.0 * share.publishedNumerator() / share.publishedDenominator()));
	}

	@Test
	@DisplayName("MON-3: the follow-up cohort is the closures whose window ends within the period, month ends clamped")
	void computesTheFollowUpCohortOfAPeriod() {
		assertThat(OutcomeIndicatorsService.cohortStart(LocalDate.of(2026, 1, 1), 6)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(OutcomeIndicatorsService.cohortEnd(LocalDate.of(2026, 6, 30), 6)).isEqualTo(LocalDate.of(2025, 12, 31));
		// 29, 30 and 31 August plus 6 months all end on 28 February.
		assertThat(OutcomeIndicatorsService.cohortEnd(LocalDate.of(2026, 2, 28), 6)).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(OutcomeIndicatorsService.cohortStart(LocalDate.of(2026, 3, 1), 6)).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(OutcomeIndicatorsService.cohortStart(LocalDate.of(2026, 2, 28), 6)).isEqualTo(LocalDate.of(2025, 8, 28));
	}
}
