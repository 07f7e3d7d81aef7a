package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * JW305 StartProduct: the provider started delivering an allocated product. Its logical key (TR074) is the
 * allocation number with the start date; {@code status} 3 deletes an earlier start with the same key.
 */
public record StartProduct(long allocationNumber, @Nullable Product product, @Nullable LocalDate allocationStart,
		LocalDate startDate, StatusAanlevering status) {

	public StartProduct {
		if (allocationNumber < 1 || allocationNumber > 999_999_999) {
			throw new IllegalArgumentException("An allocation number has at most nine digits");
		}
	}
}
