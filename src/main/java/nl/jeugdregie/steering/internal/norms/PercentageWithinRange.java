package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/** A percentage lies from 0 up to and including 100, for a norm's target and for a delivered figure (STU-5). */
final class PercentageWithinRange {

	static final BigDecimal MAX = BigDecimal.valueOf(100);

	Optional<Refusal> check(String field, BigDecimal percentage) {
		if (percentage.signum() < 0 || percentage.compareTo(MAX) > 0) {
			return Optional.of(Refusal.of(field, "steering.refusal.percentage.outOfRange", Figures.text(percentage)));
		}
		return Optional.empty();
	}
}
