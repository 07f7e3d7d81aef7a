package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;

/**
 * History is not rewritten (BEY-2): a request keeps the norm in effect on its registration date, so a new
 * value can start today at the earliest.
 */
final class NormEffectiveDateNotInPast implements NormChangePolicy {

	@Override
	public Optional<Refusal> check(ProposedNormChange change) {
		return change.effectiveFrom().isBefore(change.today())
				? Optional.of(RefusalExplanations.refusal(NormChangeRefusal.EFFECTIVE_DATE_IN_PAST, change.key().unit()))
				: Optional.empty();
	}
}
