package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrendUnitTests {

	@Test
	@DisplayName("SEC-2: no trend when either month's figure is left out, so a trend never reveals a hidden cell")
	void givesNoTrendWhenEitherMonthIsLeftOut() {
		var hidden = Figure.hidden(Mark.SMALL);
		assertThat(Trend.between(hidden, Figure.of(12), "september 2026", "oktober 2026", false)).isNull();
		assertThat(Trend.between(Figure.of(12), hidden, "september 2026", "oktober 2026", false)).isNull();
		assertThat(Trend.between(Figure.NONE, Figure.of(12), "september 2026", "oktober 2026", false)).isNull();
	}

	@Test
	@DisplayName("A rise says 'meer', a fall 'minder', no change 'gelijk aan', in Dutch with the month compared with")
	void saysTheMovementInWords() {
		assertThat(Trend.between(Figure.of(10), Figure.of(14), "september 2026", "oktober 2026", false).text())
				.isEqualTo("4 meer dan in september 2026");
		assertThat(Trend.between(Figure.of(1_500), Figure.of(10), "september 2026", "oktober 2026", false).text())
				.isEqualTo("1.490 minder dan in september 2026");
		assertThat(Trend.between(Figure.of(7), Figure.of(7), "september 2026", "oktober 2026", false).text())
				.isEqualTo("gelijk aan september 2026");
	}

	@Test
	@DisplayName("A rise in waiting is worse, a fall better; registrations are neither")
	void judgesOnlyFiguresWhereHigherIsWorse() {
		var longerWait = Trend.between(Figure.of(10), Figure.of(14), "september 2026", "oktober 2026", true);
		assertThat(longerWait.worse()).isTrue();
		assertThat(longerWait.better()).isFalse();
		var shorterWait = Trend.between(Figure.of(14), Figure.of(10), "september 2026", "oktober 2026", true);
		assertThat(shorterWait.better()).isTrue();
		var moreRegistrations = Trend.between(Figure.of(10), Figure.of(14), "september 2026", "oktober 2026", false);
		assertThat(moreRegistrations.worse()).isFalse();
		assertThat(moreRegistrations.better()).isFalse();
		assertThat(moreRegistrations.direction()).isEqualTo(Trend.Direction.UP);
	}
}
