package nl.jeugdregie.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SEC-2: reports leaving the case team suppress small counts so no child is recognisable. */
class SmallCountSuppressionUnitTests {

	@Test
	void hidesCountsFromOneToFourButShowsZeroAndFiveOrMore() {
		assertThat(SmallCountSuppression.tooSmall(0)).isFalse();
		assertThat(SmallCountSuppression.tooSmall(1)).isTrue();
		assertThat(SmallCountSuppression.tooSmall(4)).isTrue();
		assertThat(SmallCountSuppression.tooSmall(5)).isFalse();
	}

	@Test
	void hidesTheSmallestOtherPartWhenOnlyOnePartWouldBeHidden() {
		assertThat(SmallCountSuppression.hiddenParts(List.of(3L, 12L, 7L, 0L))).containsExactly(true, false, true, false);
	}

	@Test
	void needsNoExtraHidingWhenTwoPartsAreHiddenAlready() {
		assertThat(SmallCountSuppression.hiddenParts(List.of(3L, 2L, 9L))).containsExactly(true, true, false);
	}

	@Test
	void hidesNothingWhenAllPartsAreLargeOrZero() {
		assertThat(SmallCountSuppression.hiddenParts(List.of(5L, 0L, 11L))).containsExactly(false, false, false);
	}
}
