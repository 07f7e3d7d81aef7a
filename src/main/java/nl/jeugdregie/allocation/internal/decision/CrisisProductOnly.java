package nl.jeugdregie.allocation.internal.decision;

import java.util.Optional;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-1: only crisis care (JZ020 category 46) may start before a decision. */
final class CrisisProductOnly implements Policy<ProductCategory> {

	@Override
	public Optional<Refusal> check(ProductCategory category) {
		return category.crisis() ? Optional.empty() : Optional.of(Refusal.of("product", "allocation.crisis.noDecisionNeeded"));
	}
}
