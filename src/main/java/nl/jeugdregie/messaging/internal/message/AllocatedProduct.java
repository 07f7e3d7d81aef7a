package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * JW301 ToegewezenProduct: one allocated product with its volume (WJ756 unit, WMO757 frequency) and validity. A
 * withdrawal or shortening keeps the number and sets an earlier end date with a JZ002 reason. {@code providerReference}
 * is the ReferentieAanbieder of the provider's request (JW315/JW317) this allocation answers, if any.
 */
public record AllocatedProduct(long allocationNumber, @Nullable String providerReference, Product product,
		LocalDate decidedOn, LocalTime decidedAt, LocalDate validFrom, @Nullable LocalDate validUntil,
		@Nullable String changeReason, int volume, String unit, String frequency) {

	public AllocatedProduct {
		if (allocationNumber < 1 || allocationNumber > 999_999_999) {
			throw new IllegalArgumentException("An allocation number has at most nine digits");
		}
		if (providerReference != null && (providerReference.isBlank() || providerReference.length() > 20)) {
			throw new IllegalArgumentException("A ReferentieAanbieder has 1 to 20 characters");
		}
		if (volume < 0 || volume > 99_999_999) {
			throw new IllegalArgumentException("A volume has at most eight digits");
		}
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("An allocation ends on or after its start");
		}
	}
}
