package nl.jeugdregie.allocation.internal.change;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-7: a withdrawn allocation counts as never sent: it is not ended, changed or withdrawn again. */
final class NotWithdrawn implements Policy<CurrentAllocation> {

	@Override
	public Optional<Refusal> check(CurrentAllocation allocation) {
		return allocation.withdrawn()
				? Optional.of(Refusal.ofWhole("allocation.change.withdrawn", String.valueOf(allocation.number())))
				: Optional.empty();
	}
}
