package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-4: what the memo states next to what the lines add up to")
class SteeringStatedFigureComparisonUnitTests {

	@Test
	void agreesWhenTheLinesAddUpToTheStatedFigureToTheCent() {
		var comparison = new StatedFigureComparison("Subtotaal", new BigDecimal("23.10"), 252_096_918,
				new Figure(new BigDecimal("23.10"), 252_096_918));

		assertThat(comparison.matches()).isTrue();
		assertThat(comparison.differenceCents()).isZero();
	}

	@Test
	void showsTheDifferenceAsComputedMinusStated() {
		var comparison = new StatedFigureComparison("Subtotaal Jeugd", new BigDecimal("24.60"), 318_289_081,
				new Figure(new BigDecimal("24.60"), 318_289_082));

		assertThat(comparison.matches()).isFalse();
		assertThat(comparison.differenceCents()).isEqualTo(1);
		assertThat(comparison.differenceText()).isEqualTo("+ € 0,01");
		assertThat(comparison.fteDifferenceText()).isEqualTo("0,00");
	}

	@Test
	void comparesFteToo() {
		var comparison = new StatedFigureComparison("Subtotaal", new BigDecimal("4.53"), 100,
				new Figure(new BigDecimal("4.50"), 100));

		assertThat(comparison.matches()).isFalse();
		assertThat(comparison.fteDifferenceText()).isEqualTo("-0,03");
	}
}
