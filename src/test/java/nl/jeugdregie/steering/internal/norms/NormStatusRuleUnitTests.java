package nl.jeugdregie.steering.internal.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-5: a norm is met, at risk or missed")
class NormStatusRuleUnitTests {

	private static final BigDecimal MARGIN = BigDecimal.valueOf(5);
	private final NormStatusRule rule = new NormStatusRule();

	@Test
	void judgesAnAtLeastPercentage() {
		assertThat(status(NormKind.PERCENT_AT_LEAST, "80", "79.99")).isEqualTo(NormStatus.MISSED);
		assertThat(status(NormKind.PERCENT_AT_LEAST, "80", "80")).isEqualTo(NormStatus.AT_RISK);
		assertThat(status(NormKind.PERCENT_AT_LEAST, "80", "84.99")).isEqualTo(NormStatus.AT_RISK);
		assertThat(status(NormKind.PERCENT_AT_LEAST, "80", "85")).isEqualTo(NormStatus.MET);
		assertThat(status(NormKind.PERCENT_AT_LEAST, "100", "100")).isEqualTo(NormStatus.MET);
	}

	@Test
	void judgesAnAtMostPercentage() {
		assertThat(status(NormKind.PERCENT_AT_MOST, "10", "10.01")).isEqualTo(NormStatus.MISSED);
		assertThat(status(NormKind.PERCENT_AT_MOST, "10", "10")).isEqualTo(NormStatus.AT_RISK);
		assertThat(status(NormKind.PERCENT_AT_MOST, "10", "5")).isEqualTo(NormStatus.MET);
	}

	@Test
	void judgesACount() {
		assertThat(status(NormKind.COUNT_AT_LEAST, "11", "10")).isEqualTo(NormStatus.MISSED);
		assertThat(status(NormKind.COUNT_AT_LEAST, "11", "11")).isEqualTo(NormStatus.MET);
	}

	@Test
	void saysNoFigureWithoutOne() {
		assertThat(rule.evaluate(NormKind.COUNT_AT_LEAST, BigDecimal.TEN, null, MARGIN)).isEqualTo(NormStatus.NO_FIGURE);
	}

	@Test
	void judgesADeadline() {
		var deadline = LocalDate.of(2022, 1, 1);
		assertThat(rule.evaluateDeadline(deadline, LocalDate.of(2021, 12, 15), LocalDate.of(2026, 11, 16)))
				.isEqualTo(NormStatus.MET);
		assertThat(rule.evaluateDeadline(deadline, LocalDate.of(2022, 1, 2), LocalDate.of(2026, 11, 16)))
				.isEqualTo(NormStatus.MISSED);
		assertThat(rule.evaluateDeadline(deadline, null, LocalDate.of(2022, 1, 2))).isEqualTo(NormStatus.MISSED);
		assertThat(rule.evaluateDeadline(deadline, null, LocalDate.of(2021, 11, 1))).isEqualTo(NormStatus.AT_RISK);
		assertThat(rule.evaluateDeadline(deadline, null, LocalDate.of(2021, 3, 1))).isEqualTo(NormStatus.NO_FIGURE);
	}

	private NormStatus status(NormKind kind, String target, String figure) {
		return rule.evaluate(kind, new BigDecimal(target), new BigDecimal(figure), MARGIN);
	}
}
