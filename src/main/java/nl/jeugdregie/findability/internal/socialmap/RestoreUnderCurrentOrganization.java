package nl.jeugdregie.findability.internal.socialmap;

import java.util.Optional;
import nl.jeugdregie.findability.internal.socialmap.OrganizationRecords.Withdrawable;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-2: a withdrawn location or service comes back only while its organisation is on the map; otherwise it would
 * be "back" and still invisible. The editor brings the organisation back first.
 */
final class RestoreUnderCurrentOrganization implements Policy<RestoreUnderCurrentOrganization.Restore> {

	static final RestoreUnderCurrentOrganization INSTANCE = new RestoreUnderCurrentOrganization();

	/** Bringing back an entry of this kind, whose organisation is or is not withdrawn. */
	record Restore(Withdrawable what, boolean organizationWithdrawn) {}

	@Override
	public Optional<Refusal> check(Restore restore) {
		return restore.what() != Withdrawable.ORGANIZATION && restore.organizationWithdrawn()
				? Optional.of(Refusal.ofWhole("findability.restore.organizationWithdrawn"))
				: Optional.empty();
	}
}
