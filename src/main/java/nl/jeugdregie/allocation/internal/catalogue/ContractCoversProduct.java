package nl.jeugdregie.allocation.internal.catalogue;

import java.util.Optional;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.provider.Contract;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-3: a tariff (or an allocation) is only for a product the provider is contracted for. */
public final class ContractCoversProduct implements Policy<ContractCoversProduct.Asked> {

	public record Asked(Contract contract, ProductId product, String field) {}

	@Override
	public Optional<Refusal> check(Asked asked) {
		return asked.contract().covers(asked.product()) ? Optional.empty()
				: Optional.of(Refusal.of(asked.field(), "allocation.contract.productNotContracted"));
	}
}
