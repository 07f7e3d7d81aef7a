package nl.jeugdregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2: the differencing attacker's solver on systems whose answers are known by hand. */
class SumBoundsUnitTests {

	@Test
	@DisplayName("SEC-2: quarters published as 0 (0 to 5) and a year of 5 to 9 leave a month anywhere from 0 to 5")
	void boundsAMonthByItsQuarterAndTheYear() {
		var sums = List.of(sum(0, 3, 0, 5), sum(3, 6, 0, 5), sum(6, 9, 0, 5), sum(9, 11, 0, 5), sum(0, 11, 5, 9));
		var bounds = new SumBounds(11, sums);

		assertThat(bounds.range(List.of(2))).containsExactly(0, 5);
		assertThat(bounds.range(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).containsExactly(5, 9);
	}

	@Test
	@DisplayName("SEC-2: exact figures pin the difference: a region of 654 and its other members 653 and 0 give 1")
	void pinsTheDifferenceOfExactFigures() {
		// Members 0 (Bernheze), 1 (Oss), 2 (another); the region total 654, Oss 653, the other 0; Bernheze 1 to 4.
		var sums = List.of(new SumBounds.Sum(List.of(0, 1, 2), 654, 654), new SumBounds.Sum(List.of(1), 653, 653),
				new SumBounds.Sum(List.of(2), 0, 0), new SumBounds.Sum(List.of(0), 1, 4));
		assertThat(new SumBounds(3, sums).range(List.of(0))).containsExactly(1, 1);
	}

	@Test
	@DisplayName("SEC-2: two cells of 1 to 4 beside a shown 4 under an exact total of 12 are both pinned to 4")
	void findsThatTwoSmallCellsCannotAddUpToTheirDifference() {
		var sums = List.of(new SumBounds.Sum(List.of(0, 1, 2), 12, 12), new SumBounds.Sum(List.of(2), 4, 4),
				new SumBounds.Sum(List.of(0), 1, 4), new SumBounds.Sum(List.of(1), 1, 4));
		assertThat(new SumBounds(3, sums).range(List.of(0))).containsExactly(4, 4);
		assertThat(new SumBounds(3, sums).range(List.of(0, 1))).containsExactly(8, 8);
	}

	@Test
	@DisplayName("SEC-2: a count in no published sum is unbounded")
	void leavesAnUnobservedCountUnbounded() {
		var bounds = new SumBounds(2, List.of(new SumBounds.Sum(List.of(0), 3, 7)));
		assertThat(bounds.range(List.of(1))).containsExactly(0, Long.MAX_VALUE);
		assertThat(bounds.range(List.of(0))).containsExactly(3, 7);
	}

	private static SumBounds.Sum sum(int from, int to, long low, long high) {
		return new SumBounds.Sum(IntStream.range(from, to).boxed().toList(), low, high);
	}
}
