package nl.jeugdregie.monitoring.internal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2 (ADR 0021): the cell key method as every aggregate output of monitoring uses it. */
class DisclosureUnitTests {

	private final Disclosure disclosure = Disclosure.withSecret("unit-test-secret");
	private final Random random = new Random(20261116);

	@Test
	@DisplayName("SEC-2: the same records give the same published count, however the group was put together")
	void publishesTheSameCountForTheSameRecordsWhereverTheyAppear() {
		for (var round = 0; round < 200; round++) {
			var a = group(1 + random.nextInt(30));
			var b = group(1 + random.nextInt(30));
			var c = group(random.nextInt(5));
			var whole = a.plus(b).plus(c);

			assertThat(disclosure.count(c.plus(a).plus(b))).isEqualTo(disclosure.count(whole));
			assertThat(disclosure.count(whole.minus(b))).isEqualTo(disclosure.count(a.plus(c)));
		}
	}

	@Test
	@DisplayName("SEC-2: a count of 1 to 4 is published as 0, a large count within 2; a total is perturbed in its own right")
	void publishesSmallCountsAsZeroAndLargeOnesNearlyAsTheyAre() {
		for (var round = 0; round < 200; round++) {
			assertThat(disclosure.count(group(1 + random.nextInt(4)))).isZero();
			var large = group(6 + random.nextInt(500));
			assertThat(disclosure.count(large)).isBetween(large.count() - 2, large.count() + 2);
		}
		assertThat(disclosure.count(Tally.NONE)).isZero();
	}

	@Test
	@DisplayName("SEC-2: without the secret nobody can tell the change: another secret changes other cells")
	void dependsOnTheSecret() {
		var other = Disclosure.withSecret("another-deployment");
		var differ = 0;
		for (var round = 0; round < 200; round++) {
			var g = group(50);
			if (disclosure.count(g) != other.count(g)) {
				differ++;
			}
		}
		assertThat(differ).isGreaterThan(50);
	}

	@Test
	@DisplayName("SEC-2: a median or average of a group published below 5 is left out with mark k; with no value it shows –")
	void leavesOutFiguresOfSmallGroupsWithMarkK() {
		var small = disclosure.derived(group(3), 10L);
		assertThat(small.suppressed()).isTrue();
		assertThat(small.mark()).isEqualTo("k");
		assertThat(small.text()).isEqualTo("k");
		assertThat(disclosure.derived(Tally.NONE, null).text()).isEqualTo("k");
		var large = group(40);
		assertThat(disclosure.derived(large, 12L).value()).isEqualTo(12L);
		assertThat(disclosure.derived(large, null).text()).isEqualTo("–");
	}

	@Test
	@DisplayName("SEC-2: a percentage is computed from the published counts, and left out (k) when the whole is published below 5")
	void computesPercentagesFromPublishedCounts() {
		var whole = group(40);
		var part = new Tally(10, whole.key() / 3);
		var percent = disclosure.percent(part, whole);
		assertThat(percent.value()).isEqualTo(Math.round(disclosure.count(part) * 100.0 / disclosure.count(whole)));
		assertThat(disclosure.percent(group(2), group(4)).mark()).isEqualTo("k");
	}

	@Test
	@DisplayName("SEC-2: a sum over a group moves by at most 2 and is left out (k) for a group published below 5")
	void publishesSumsOfLargeGroupsOnly() {
		var group = group(12);
		assertThat(disclosure.magnitude(group, 30).value()).isBetween(28L, 32L);
		assertThat(disclosure.magnitude(group(2), 9).mark()).isEqualTo("k");
	}

	@Test
	@DisplayName("SEC-2: the legend explains the counts and both marks, k and b")
	void explainsCountsAndMarksInTheLegend() {
		assertThat(Legend.lines()).hasSize(3);
		assertThat(Legend.lines().get(0)).contains("hooguit 2").contains("0 tot en met 5");
		assertThat(Legend.lines().get(1)).startsWith("k: ");
		assertThat(Legend.lines().get(2)).startsWith("b: ");
	}

	/** A group of {@code n} records with random record keys in [0, 2^32). */
	private Tally group(int n) {
		var key = 0L;
		for (var i = 0; i < n; i++) {
			key += random.nextLong(1L << 32);
		}
		return new Tally(n, key);
	}
}
