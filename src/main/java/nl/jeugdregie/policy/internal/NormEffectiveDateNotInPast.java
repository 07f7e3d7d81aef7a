package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.policy.NormChangeRefusal;

/**
 * History is not rewritten (BEY-2): a request keeps the norm in effect on its registration date, so a new
 * value can start today at the earliest.
 */
final class NormEffectiveDateNotInPast implements NormChangePolicy {

	@Override
	public Optional<NormChangeRefusal> check(ProposedNormChange change) {
		return change.effectiveFrom().isBefore(change.today())
				? Optional.of(NormChangeRefusal.EFFECTIVE_DATE_IN_PAST)
				: Optional.empty();
	}
}
