package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * JW307 StopProduct: the provider stopped delivering (JZ588 reason; 20 is a temporary stop). Its logical key is the
 * allocation number, start date and end date; {@code status} 3 deletes an earlier stop with the same key.
 */
public record StopProduct(long allocationNumber, @Nullable Product product, @Nullable LocalDate allocationStart,
		LocalDate startDate, String reason, LocalDate endDate, StatusAanlevering status) {

	/** JZ588 code 20: delivery stopped for a while, a definitive stop may follow without a new start (OP377). */
	public static final String TEMPORARY = "20";

	public StopProduct {
		if (allocationNumber < 1 || allocationNumber > 999_999_999) {
			throw new IllegalArgumentException("An allocation number has at most nine digits");
		}
		if (!reason.matches("\\d{2}")) {
			throw new IllegalArgumentException("A reason for ending is a JZ588 code");
		}
	}

	public boolean temporary() {
		return TEMPORARY.equals(reason);
	}
}
