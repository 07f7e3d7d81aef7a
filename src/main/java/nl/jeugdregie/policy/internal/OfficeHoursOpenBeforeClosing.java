package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormKey;

/**
 * Office hours open before they close (TOE-2, TOE-10): otherwise the CJG would never be staffed and every crisis
 * would follow the out-of-hours protocol. Judged against the other end in force on the effective date.
 */
final class OfficeHoursOpenBeforeClosing implements NormChangePolicy {

	@Override
	public Optional<Refusal> check(ProposedNormChange change) {
		if (change.pairedAmount() == null) {
			return Optional.empty();
		}
		var opens = change.key() == NormKey.OFFICE_HOURS_OPENING ? change.amount() : change.pairedAmount();
		var closes = change.key() == NormKey.OFFICE_HOURS_CLOSING ? change.amount() : change.pairedAmount();
		return opens < closes ? Optional.empty()
				: Optional.of(RefusalExplanations.refusal(NormChangeRefusal.OFFICE_HOURS_REVERSED, change.key().unit()));
	}
}
