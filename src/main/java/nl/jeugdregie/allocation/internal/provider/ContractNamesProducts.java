package nl.jeugdregie.allocation.internal.provider;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-3: a contract names at least one product of the regional list the provider may deliver. */
final class ContractNamesProducts implements Policy<NewContract> {

	@Override
	public Optional<Refusal> check(NewContract contract) {
		return contract.products().isEmpty() ? Optional.of(Refusal.of("products", "allocation.contract.products.required"))
				: Optional.empty();
	}
}
