package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.platform.input.DateBounds;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;

/** A norm is planned at most {@link DateBounds#EFFECTIVE_HORIZON_YEARS} years ahead; further is a typo in the year. */
final class NormEffectiveDateWithinHorizon implements NormChangePolicy {

	@Override
	public Optional<Refusal> check(ProposedNormChange change) {
		return change.effectiveFrom().isAfter(change.today()) && !DateBounds.isWithinEffectiveHorizon(change.effectiveFrom(), change.today())
				? Optional.of(RefusalExplanations.refusal(NormChangeRefusal.EFFECTIVE_DATE_TOO_FAR_AHEAD, change.key().unit()))
				: Optional.empty();
	}
}
