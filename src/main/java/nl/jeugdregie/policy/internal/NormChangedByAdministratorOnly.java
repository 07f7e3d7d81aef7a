package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;

/**
 * Only the application administrator changes norms; the policy officer reads them. The URL rules already keep
 * other roles out, this rule keeps the service safe for any other caller.
 */
final class NormChangedByAdministratorOnly implements NormChangePolicy {

	@Override
	public Optional<Refusal> check(ProposedNormChange change) {
		return change.role() == Role.ADMINISTRATOR ? Optional.empty()
				: Optional.of(RefusalExplanations.refusal(NormChangeRefusal.NOT_ADMINISTRATOR, change.key().unit()));
	}
}
