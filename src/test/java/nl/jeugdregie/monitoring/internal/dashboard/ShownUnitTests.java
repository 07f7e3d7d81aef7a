package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2 on the dashboard: how a count, its parts, a median or a share leave monitoring. */
class ShownUnitTests {

	@Test
	@DisplayName("SEC-2: counts of 1 to 4 are shown as '< 5', zero and 5 or more as they are")
	void hidesCountsOfOneToFour() {
		assertThat(Shown.count(0).text()).isEqualTo("0");
		assertThat(Shown.count(4).text()).isEqualTo("< 5");
		assertThat(Shown.count(4).value()).isNull();
		assertThat(Shown.count(5).text()).isEqualTo("5");
		assertThat(Shown.count(12_345).text()).isEqualTo("12.345");
	}

	@Test
	@DisplayName("SEC-2: when one part of a shown total would be hidden, the smallest other part is hidden too")
	void hidesTheComplementOfASingleHiddenPart() {
		var parts = Shown.parts(List.of(3L, 9L, 20L, 0L));

		assertThat(parts).extracting(Shown::suppressed).containsExactly(true, true, false, false);
	}

	@Test
	@DisplayName("SEC-2: a median of fewer than 5 requests and a share of a hidden count are hidden")
	void hidesFiguresDerivedFromSmallCounts() {
		assertThat(Shown.derived(3, 10L).suppressed()).isTrue();
		assertThat(Shown.derived(0, null).text()).isEqualTo("–");
		assertThat(Shown.derived(8, 10L).value()).isEqualTo(10);
		assertThat(Shown.percent(Shown.count(2), Shown.count(40)).suppressed()).isTrue();
		assertThat(Shown.percent(Shown.count(10), Shown.count(40)).value()).isEqualTo(25);
		assertThat(Shown.percent(Shown.count(0), Shown.count(0)).text()).isEqualTo("–");
	}
}
