package nl.jeugdregie.platform.result;

import java.util.Optional;

/**
 * One named rule that can refuse a change: {@code ChangeOfX -> Optional<Refusal>}. Name it after what it
 * protects (for example {@code DecisionWithinMaximumTerm}) and give it its own unit tests.
 *
 * @param <C> the change (a command record) the rule judges
 */
@FunctionalInterface
public interface Policy<C> {

	/** The refusal when the rule is broken, empty when the change may go ahead. */
	Optional<Refusal> check(C change);
}
