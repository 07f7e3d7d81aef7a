package nl.jeugdregie.allocation.internal.catalogue;

import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/**
 * TOEW-6: the price per unit of a product under a contract for a period; never overwritten, only followed. Its last
 * day can be set on its {@code version} (every end kept).
 */
public record Tariff(UUID id, ContractId contract, ProductId product, long amountCents, ValidityPeriod period,
		long version) {

	/** A tariff line as first entered (version 0). */
	public Tariff(UUID id, ContractId contract, ProductId product, long amountCents, ValidityPeriod period) {
		this(id, contract, product, amountCents, period, 0);
	}
}
