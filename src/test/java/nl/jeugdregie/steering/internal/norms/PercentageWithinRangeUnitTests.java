package nl.jeugdregie.steering.internal.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.jeugdregie.steering.internal.period.NormPeriod;

@DisplayName("STU-5: percentages lie from 0 to 100")
class PercentageWithinRangeUnitTests {

	private final PercentageWithinRange rule = new PercentageWithinRange();
	private final DeliveredFigurePolicy figures = new DeliveredFigurePolicy();

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.01", "80", "100" })
	void acceptsPercentagesFromZeroToHundred(String value) {
		assertThat(rule.check("value", new BigDecimal(value))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.01", "-5", "100.01", "150" })
	void refusesPercentagesOutsideZeroToHundred(String value) {
		assertThat(rule.check("value", new BigDecimal(value))).get()
				.extracting(Refusal::code).isEqualTo("steering.refusal.percentage.outOfRange");
	}

	@Test
	void refusesADeliveredPercentageAboveHundredForAPercentageNorm() {
		var result = figures.check(NormTestData.percentAtLeast(), "2026-K3", "120", LocalDate.of(2026, 11, 16), List.of());

		assertThat(result).isInstanceOfSatisfying(DeliveredFigurePolicy.Refused.class, refused -> assertThat(
				refused.refusals()).extracting(Refusal::field, Refusal::code).containsExactly(
						org.assertj.core.groups.Tuple.tuple("value", "steering.refusal.percentage.outOfRange")));
	}

	@Test
	void acceptsACountAboveHundredForACountNorm() {
		var result = figures.check(NormTestData.count(), "2026-K3", "120", LocalDate.of(2026, 11, 16), List.of());

		assertThat(result).isInstanceOf(DeliveredFigurePolicy.Accepted.class);
	}

	@Test
	void refusesAFractionalCount() {
		var result = figures.check(NormTestData.count(), "2026-K3", "9,5", LocalDate.of(2026, 11, 16), List.of());

		assertThat(result).isInstanceOfSatisfying(DeliveredFigurePolicy.Refused.class, refused -> assertThat(
				refused.refusals()).extracting(Refusal::code).containsExactly("steering.refusal.count.malformed"));
	}

	@Test
	void refusesAFigureForTheComputedBudgetShare() {
		var share = NormTestData.norm("ISW-5", NormKind.PERCENT_AT_MOST, "30", NormPeriod.YEAR,
				NormMeasure.INDIVIDUAL_WORK_BUDGET_SHARE);

		assertThat(figures.check(share, "2025", "25", LocalDate.of(2026, 11, 16), List.of()))
				.isInstanceOf(DeliveredFigurePolicy.Refused.class);
	}
}
