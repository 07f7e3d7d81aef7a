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
		var share = OutcomeCalculations.dropOut(Map.of(EndReasonCategory.ACCORDING_TO_PLAN, 10L,
				EndReasonCategory.IN_AGREEMENT, 5L, EndReasonCategory.UNILATERAL_BY_CLIENT, 5L,
				EndReasonCategory.EXTERNAL_CIRCUMSTANCES, 5L, EndReasonCategory.UNKNOWN, 3L));
		assertThat(share).isEqualTo(new Share(5, 25, false));
		assertThat(share.percentage()).isEqualTo(20);
		assertThat(share.shownPercentage()).isEqualTo("20%");
	}

	@Test
	@DisplayName("MON-3: satisfaction = mean score and share of scores at or above the norm")
	void computesMeanAndShareSatisfied() {
		var scores = List.of(new OutcomeCalculations.Score(YOUNG_PERSON, 10), new OutcomeCalculations.Score(YOUNG_PERSON, 7),
				new OutcomeCalculations.Score(YOUNG_PERSON, 8), new OutcomeCalculations.Score(PARENT, 6),
				new OutcomeCalculations.Score(PARENT, 9), new OutcomeCalculations.Score(PARENT, 4),
				new OutcomeCalculations.Score(PARENT, 5), new OutcomeCalculations.Score(PARENT, 6),
				new OutcomeCalculations.Score(PARENT, 2), new OutcomeCalculations.Score(YOUNG_PERSON, 7));
		var satisfaction = OutcomeCalculations.satisfaction(scores, 7);
		// Sum 64 over 10 scores: 6.4; at least 7: 10, 7, 8, 9, 7 = 5 of 10.
		assertThat(satisfaction.mean()).isEqualByComparingTo(new BigDecimal("6.4"));
		assertThat(satisfaction.shownMean()).isEqualTo("6,4");
		assertThat(satisfaction.satisfied()).isEqualTo(new Share(5, 10, false));
		assertThat(satisfaction.byRespondent().part("Jeugdige").count()).isEqualTo(4);
		assertThat(satisfaction.byRespondent().part("Ouder").count()).isEqualTo(6);
		assertThat(OutcomeCalculations.satisfaction(List.of(), 7).shownMean()).isEqualTo("geen gegevens");
	}

	@Test
	@DisplayName("MON-3: continues without help = first answer category / all answers")
	void computesContinuesWithoutHelp() {
		var answers = Map.of(ContinuationOutcome.CONTINUES_WITHOUT_HELP, 9L, ContinuationOutcome.LIGHTER_HELP_SUFFICES, 6L,
				ContinuationOutcome.NO_HELP_NOW_MAYBE_LATER, 5L);
		assertThat(OutcomeCalculations.continuesWithoutHelp(answers)).isEqualTo(new Share(9, 20, false));
		assertThat(OutcomeCalculations.continuation(answers).parts()).extracting(Distribution.Part::count)
				.containsExactly(9L, 6L, 5L, 0L);
	}

	@Test
	@DisplayName("MON-3: no new start = cohort minus restarted, of the cohort")
	void computesNoNewStart() {
		assertThat(OutcomeCalculations.noNewStart(40, 10)).isEqualTo(new Share(30, 40, false));
	}

	@Test
	@DisplayName("SEC-2: a share is hidden when its part, its rest or its whole is 1 to 4")
	void hidesSharesThatWouldRevealASmallGroup() {
		assertThat(Share.of(3, 20).hidden()).isTrue();
		assertThat(Share.of(17, 20).hidden()).isTrue();
		assertThat(Share.of(4, 4).hidden()).isTrue();
		assertThat(Share.of(0, 20).hidden()).isFalse();
		assertThat(Share.of(20, 20).hidden()).isFalse();
		assertThat(Share.of(3, 20).shownNumerator()).isEqualTo("< 5");
		assertThat(Share.of(3, 20).percentage()).isNull();
		assertThat(Share.of(0, 0).shownPercentage()).isEqualTo("geen gegevens");
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
