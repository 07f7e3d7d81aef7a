package nl.jeugdregie.allocation.internal.arrangement;

import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/**
 * TOEW-2: one product of an arrangement: which provider delivers it under which contract, how much (the volume in
 * the product's unit and frequency), from when to when, and the family plan's goal it serves.
 */
public record ArrangementLine(UUID id, int position, ProductId product, ProviderId provider, ContractId contract,
		int volume, ValidityPeriod period, String goal) {

	public ArrangementLine {
		if (volume < 1 || volume > 99_999_999) {
			throw new IllegalArgumentException("A volume is 1 to 99,999,999 units");
		}
		if (period.until() == null) {
			throw new IllegalArgumentException("A product of an arrangement has an end date");
		}
		goal = goal == null ? "" : goal.strip();
	}
}
