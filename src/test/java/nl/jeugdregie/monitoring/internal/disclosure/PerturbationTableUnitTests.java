package nl.jeugdregie.monitoring.internal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2 (ADR 0021): the public perturbation table of the cell key method, checked over a fine grid of cell keys. */
class PerturbationTableUnitTests {

	/** 10,000 cell keys spread over [0, 1). */
	private static final double[] KEYS = IntStream.range(0, 10_000).mapToDouble(i -> i / 10_000.0).toArray();

	@Test
	@DisplayName("SEC-2: a count of 1 to 4 is never published; 0 stays 0 and no count becomes 1 to 4")
	void neverPublishesOneToFour() {
		for (var key : KEYS) {
			assertThat(PerturbationTable.publish(0, key)).isZero();
			for (var count = 1; count <= 4; count++) {
				assertThat(PerturbationTable.publish(count, key)).isZero();
			}
			for (var count = 5; count <= 40; count++) {
				assertThat(PerturbationTable.publish(count, key)).isNotIn(1L, 2L, 3L, 4L);
			}
		}
	}

	@Test
	@DisplayName("SEC-2: a count of 6 or more moves by at most 2, so large figures stay usable for steering")
	void movesLargeCountsByAtMostTwo() {
		for (var key : KEYS) {
			for (var count : new long[] { 6, 7, 12, 145, 653, 12_345 }) {
				assertThat(PerturbationTable.publish(count, key)).isBetween(count - 2, count + 2);
			}
		}
		var changes = new TreeSet<Long>();
		for (var key : KEYS) {
			changes.add(PerturbationTable.publish(100, key) - 100);
		}
		assertThat(changes).containsExactly(-2L, -1L, 0L, 1L, 2L);
	}

	@Test
	@DisplayName("SEC-2: what a published count allows is exactly what the table can produce, and every true 1 to 4 "
			+ "lies strictly inside it")
	void statesExactlyWhichTrueCountsAPublishedCountAllows() {
		for (var count = 0L; count <= 60; count++) {
			var published = new TreeSet<Long>();
			for (var key : KEYS) {
				published.add(PerturbationTable.publish(count, key));
			}
			for (var p : published) {
				assertThat(count).isBetween(PerturbationTable.lowestTrueCount(p), PerturbationTable.highestTrueCount(p));
				if (count >= 1 && count <= 4) {
					assertThat(PerturbationTable.lowestTrueCount(p)).isLessThan(count);
					assertThat(PerturbationTable.highestTrueCount(p)).isGreaterThan(count);
				}
			}
		}
		assertThat(PerturbationTable.highestTrueCount(0)).isEqualTo(5);
		assertThat(PerturbationTable.lowestTrueCount(5)).isEqualTo(5);
		assertThat(PerturbationTable.lowestTrueCount(20)).isEqualTo(18);
		assertThat(PerturbationTable.highestTrueCount(20)).isEqualTo(22);
	}

	@Test
	@DisplayName("SEC-2: a true 5 is sometimes published as 0, so a published 0 also covers 4 from inside")
	void publishesFiveSometimesAsZero() {
		var published = new TreeSet<Long>();
		for (var key : KEYS) {
			published.add(PerturbationTable.publish(5, key));
		}
		assertThat(published).containsExactly(0L, 5L, 6L, 7L);
	}

	@Test
	void refusesANegativeCountOrAKeyOutsideZeroToOne() {
		assertThatThrownBy(() -> PerturbationTable.publish(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PerturbationTable.publish(3, 1.0)).isInstanceOf(IllegalArgumentException.class);
	}
}
