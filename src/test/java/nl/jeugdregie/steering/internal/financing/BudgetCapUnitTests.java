package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-7: the budget is known in advance and not exceeded")
class BudgetCapUnitTests {

	final FinancingWithinBudgetCap policy = new FinancingWithinBudgetCap();

	@Test
	void acceptsANewLineThatKeepsTheTotalWithinTheCap() {
		assertThat(policy.check(9_000, 0, 1_000, 10_000))
				.isEqualTo(new FinancingWithinBudgetCap.WithinCap(10_000, 0));
	}

	@Test
	void refusesANewLineThatTakesTheTotalOverTheCap() {
		assertThat(policy.check(9_000, 0, 1_001, 10_000))
				.isEqualTo(new FinancingWithinBudgetCap.OverCap(10_001, 1));
	}

	@Test
	void refusesAChangedLineThatTakesTheTotalOverTheCap() {
		assertThat(policy.check(10_000, 500, 600, 10_000))
				.isEqualTo(new FinancingWithinBudgetCap.OverCap(10_100, 100));
	}

	@Test
	void acceptsAChangeThatLowersATotalAlreadyAboveTheCap() {
		assertThat(policy.check(10_001, 500, 400, 10_000))
				.isEqualTo(new FinancingWithinBudgetCap.WithinCap(9_901, 99));
	}

	@Test
	void refusesEvenACentMoreOnceTheTotalIsAboveTheCap() {
		assertThat(policy.check(10_001, 0, 1, 10_000)).isInstanceOf(FinancingWithinBudgetCap.OverCap.class);
	}

	@Test
	void acceptsALineOfZeroEuro() {
		assertThat(policy.check(10_001, 0, 0, 10_000)).isInstanceOf(FinancingWithinBudgetCap.WithinCap.class);
	}
}
