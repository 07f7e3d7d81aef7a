package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * STU-7, ADR 0014: Oss's lines add up to the cap plus the memo's stated rounding difference of € 0,01. Checked
 * against the bare cap, moving money between lines is refused; against cap plus that difference it works, and
 * anything beyond it is still refused.
 */
@DisplayName("STU-7: the cap allows the memo's stated rounding difference, nothing more")
class BudgetCapRoundingDifferenceUnitTests {

	private static final long CAP = 877_487_234;
	private static final long OSS_TOTAL = CAP + 1;
	private final FinancingWithinBudgetCap rule = new FinancingWithinBudgetCap();

	@Test
	void refusesMovingMoneyBetweenLinesAgainstTheBareCap() {
		var lowered = OSS_TOTAL - 10_000;
		assertThat(rule.check(lowered, 0, 10_000, CAP)).isInstanceOf(FinancingWithinBudgetCap.OverCap.class);
	}

	@Test
	void allowsMovingMoneyBetweenLinesWithTheStatedRoundingDifference() {
		var lowered = OSS_TOTAL - 10_000;
		assertThat(rule.check(lowered, 0, 10_000, CAP + 1)).isInstanceOf(FinancingWithinBudgetCap.WithinCap.class);
	}

	@Test
	void refusesAnythingBeyondTheStatedRoundingDifference() {
		assertThat(rule.check(OSS_TOTAL, 0, 1, CAP + 1)).isInstanceOfSatisfying(FinancingWithinBudgetCap.OverCap.class,
				over -> assertThat(over.excessCents()).isEqualTo(1));
		assertThat(rule.check(OSS_TOTAL, 20_000, 20_001, CAP + 1)).isInstanceOf(FinancingWithinBudgetCap.OverCap.class);
	}
}
