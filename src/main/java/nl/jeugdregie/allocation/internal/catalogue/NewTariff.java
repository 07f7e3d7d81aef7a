package nl.jeugdregie.allocation.internal.catalogue;

import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/** The command to add a tariff for a product of a contract from a date; {@code field} names where it was typed. */
public record NewTariff(ContractId contract, ProductId product, long amountCents, ValidityPeriod period) {

	public NewTariff {
		if (amountCents < 0 || amountCents > 99_999_999) {
			throw new IllegalArgumentException("A tariff is between 0 and 999,999.99 euro");
		}
	}
}
