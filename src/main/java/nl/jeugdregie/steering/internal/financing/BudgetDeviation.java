package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * A financing line's actuals for a half year against its budget (STU-7): the deviation, whether it needs an
 * explanation under the configured margin, the explanation, and the pro-rata reclaim for unperformed activities.
 */
public record BudgetDeviation(long lineId, String typeOfWorkName, String label, ReportingPeriod halfYear,
		long budgetCents, long actualCents, boolean explanationRequired, @Nullable String explanation,
		@Nullable Integer plannedActivities, @Nullable Integer performedActivities, long reclaimCents,
		String deliveredBy) {

	public long deviationCents() {
		return actualCents - budgetCents;
	}

	/** The deviation as a percentage of the budget; null when the budget is zero. */
	public @Nullable BigDecimal deviationPercent() {
		return budgetCents == 0 ? null
				: BigDecimal.valueOf(deviationCents()).multiply(BigDecimal.valueOf(100))
						.divide(BigDecimal.valueOf(budgetCents), 2, RoundingMode.HALF_UP);
	}

	/** For the agenda: a deviation beyond the margin, or money to reclaim. */
	public boolean needsAttention() {
		return explanationRequired || reclaimCents > 0;
	}

	public String budgetText() {
		return Amounts.euro(budgetCents);
	}

	public String actualText() {
		return Amounts.euro(actualCents);
	}

	public String deviationText() {
		return deviationCents() == 0 ? Labels.text("text.steering.financing.noDeviation") : Amounts.signedEuro(deviationCents());
	}

	public String reclaimText() {
		return Amounts.euro(reclaimCents);
	}
}
