package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * JW323 Prestatie: one declared line for a client: its reference (ProductReferentie: ReferentieNummer and, on a credit
 * line, VorigReferentieNummer naming the debit line it cancels, IV091), the allocation, product, period, delivered
 * volume in a unit, tariff and amount in cents (debit or credit).
 */
public record DeclaredLine(Bsn bsn, String reference, @Nullable String previousReference, long allocationNumber,
		Product product, LocalDate from, LocalDate until, long volume, String unit, long tariffCents, long amountCents,
		boolean credit) {

	/** A line without VorigReferentieNummer (a debit line). */
	public DeclaredLine(Bsn bsn, String reference, long allocationNumber, Product product, LocalDate from, LocalDate until,
			long volume, String unit, long tariffCents, long amountCents, boolean credit) {
		this(bsn, reference, null, allocationNumber, product, from, until, volume, unit, tariffCents, amountCents, credit);
	}

	public DeclaredLine {
		if (reference.isBlank()) {
			throw new IllegalArgumentException("A declared line has a reference");
		}
		if (until.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its start");
		}
	}
}
