package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * STU-7: "we betalen niet voor activiteiten die niet uitgevoerd zijn" — a subsidy's unperformed activities are
 * reclaimed pro rata (memo 001 ch. 5). Rule (ADR 0014): reclaim = budget of the half year × (planned − performed) /
 * planned, in cents rounded half up; nothing when all planned activities were performed (more is not paid extra),
 * and nothing when no activities were planned.
 */
public final class ProRataReclaim {

	long reclaimCents(long budgetCents, int planned, int performed) {
		if (planned <= 0 || performed >= planned) {
			return 0;
		}
		return BigDecimal.valueOf(budgetCents).multiply(BigDecimal.valueOf(planned - performed))
				.divide(BigDecimal.valueOf(planned), 0, RoundingMode.HALF_UP).longValueExact();
	}

	/** A line's budget for one half year: half the yearly amount, the odd cent to the second half. */
	public static long halfYearBudget(long yearlyCents, boolean firstHalf) {
		var first = yearlyCents / 2;
		return firstHalf ? first : yearlyCents - first;
	}
}
