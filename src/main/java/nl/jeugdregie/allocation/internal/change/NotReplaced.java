package nl.jeugdregie.allocation.internal.change;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-7: an allocation replaced by a new number after a volume change has ended for good; further changes go to the
 * allocation that replaced it.
 */
final class NotReplaced implements Policy<CurrentAllocation> {

	@Override
	public Optional<Refusal> check(CurrentAllocation allocation) {
		return allocation.replaced()
				? Optional.of(Refusal.ofWhole("allocation.change.replaced", String.valueOf(allocation.number()),
						String.valueOf(allocation.replacedBy())))
				: Optional.empty();
	}
}
