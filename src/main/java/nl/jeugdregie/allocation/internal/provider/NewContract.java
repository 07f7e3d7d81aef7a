package nl.jeugdregie.allocation.internal.provider;

import java.util.Set;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/** The command to record a contract of a provider (TOEW-3); the products may be empty only to be refused. */
public record NewContract(ProviderId provider, Set<ProductId> products, ProcurementRoute route, boolean inRegion,
		boolean bridgingCare, String terms, ValidityPeriod period) {

	public NewContract {
		products = Set.copyOf(products);
		terms = terms == null ? "" : terms.strip();
		if (terms.length() > 10_000) {
			throw new IllegalArgumentException("Contract terms are at most 10,000 characters");
		}
	}
}
