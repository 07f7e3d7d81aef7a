package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Met, at risk or missed (STU-5). A percentage norm that is met but lies within the at-risk margin (percentage
 * points, a configured norm) of its target is at risk; a count below its target is missed. A deadline norm is met
 * when the provider completed it on or before the deadline, missed when later or not at all once the deadline
 * passed, and at risk in the last {@value #DEADLINE_WARNING_DAYS} days before it while not done (ADR 0014).
 */
final class NormStatusRule {

	static final int DEADLINE_WARNING_DAYS = 91;

	NormStatus evaluate(NormKind kind, @Nullable BigDecimal target, @Nullable BigDecimal figure, BigDecimal margin) {
		if (figure == null || target == null) {
			return NormStatus.NO_FIGURE;
		}
		return switch (kind) {
			case PERCENT_AT_LEAST -> figure.compareTo(target) < 0 ? NormStatus.MISSED
					: figure.compareTo(target.add(margin)) < 0 && target.compareTo(BigDecimal.valueOf(100)) < 0
							? NormStatus.AT_RISK : NormStatus.MET;
			case PERCENT_AT_MOST -> figure.compareTo(target) > 0 ? NormStatus.MISSED
					: figure.compareTo(target.subtract(margin)) > 0 && target.signum() > 0 ? NormStatus.AT_RISK
							: NormStatus.MET;
			case COUNT_AT_LEAST -> figure.compareTo(target) < 0 ? NormStatus.MISSED : NormStatus.MET;
			case DEADLINE -> throw new IllegalArgumentException("A deadline norm is evaluated by its dates");
		};
	}

	NormStatus evaluateDeadline(LocalDate deadline, @Nullable LocalDate completedOn, LocalDate today) {
		if (completedOn != null) {
			return completedOn.isAfter(deadline) ? NormStatus.MISSED : NormStatus.MET;
		}
		if (today.isAfter(deadline)) {
			return NormStatus.MISSED;
		}
		return ChronoUnit.DAYS.between(today, deadline) <= DEADLINE_WARNING_DAYS ? NormStatus.AT_RISK
				: NormStatus.NO_FIGURE;
	}
}
