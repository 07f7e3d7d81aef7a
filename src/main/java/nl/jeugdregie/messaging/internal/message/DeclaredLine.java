package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;

/**
 * JW323 Prestatie: one declared line for a client: its reference, the allocation, product, period, delivered volume
 * in a unit, tariff and amount in cents (debit or credit).
 */
public record DeclaredLine(Bsn bsn, String reference, long allocationNumber, Product product, LocalDate from,
		LocalDate until, long volume, String unit, long tariffCents, long amountCents, boolean credit) {

	public DeclaredLine {
		if (reference.isBlank()) {
			throw new IllegalArgumentException("A declared line has a reference");
		}
		if (until.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its start");
		}
	}
}
