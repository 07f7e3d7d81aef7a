package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;

/**
 * A value scheduled for a future date may still be corrected; once its date has come, requests may have been
 * registered under it, so it stays. A different value then needs a later effective date.
 */
final class NormInEffectNotReplaced implements NormChangePolicy {

	@Override
	public Optional<Refusal> check(ProposedNormChange change) {
		return change.valueExistsOnThatDate() && !change.effectiveFrom().isAfter(change.today())
				? Optional.of(RefusalExplanations.refusal(NormChangeRefusal.VALUE_ALREADY_IN_EFFECT, change.key().unit()))
				: Optional.empty();
	}
}
