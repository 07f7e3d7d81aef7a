package nl.jeugdregie.allocation.internal.provider;

import java.util.List;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/**
 * TOEW-3: a provider's contract with the municipality: the products it may deliver, how it was procured, whether the
 * provider is in the region and delivers bridging care (TOEW-6), and the contract book's terms as text.
 */
public record Contract(ContractId id, ProviderId provider, ProcurementRoute route, boolean inRegion,
		boolean bridgingCare, String terms, ValidityPeriod period, List<ProductId> products, long version) {

	public Contract {
		products = List.copyOf(products);
	}

	public boolean covers(ProductId product) {
		return products.contains(product);
	}
}
