package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * STU-7, memo 001 par. 6.1: "Als er verschillen zijn tussen begroting en realisatie is er een analyse beschikbaar
 * van de oorzaak." Actuals that differ from the half year's budget by more than the configured margin (a percentage
 * of that budget; Oss: 0, so any difference) need the provider's explanation.
 */
final class ExplanationForBudgetDeviation {

	boolean required(long budgetCents, long actualCents, int marginPercent) {
		var deviation = BigDecimal.valueOf(Math.abs(actualCents - budgetCents));
		var allowed = BigDecimal.valueOf(budgetCents).multiply(BigDecimal.valueOf(marginPercent))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return deviation.compareTo(allowed) > 0;
	}

	Optional<Refusal> check(long budgetCents, long actualCents, int marginPercent, @Nullable String explanation) {
		if (required(budgetCents, actualCents, marginPercent) && (explanation == null || explanation.isBlank())) {
			return Optional.of(Refusal.of("explanation", "steering.refusal.explanation.required",
					Amounts.signedEuro(actualCents - budgetCents), marginPercent));
		}
		return Optional.empty();
	}
}
