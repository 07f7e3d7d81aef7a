package nl.jeugdregie.allocation.internal;

import java.util.Set;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;

/**
 * Who may do what in allocation. The municipality's policy officers and administrators keep the product list,
 * providers, contracts and tariffs; case workers read them and choose; a provider reads only its own and reports its
 * own waiting times; only the administrator links provider accounts. Client data (arrangements, decisions) only
 * for case workers and, for what is allocated to it, the provider.
 */
public final class AllocationRoles {

	public static final Set<Role> KEEPERS = Set.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);
	public static final Set<Role> STAFF_READERS = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD,
			Role.BEHAVIOURAL_EXPERT, Role.POLICY_OFFICER, Role.ADMINISTRATOR);

	private AllocationRoles() {}

	public static boolean keeps(CurrentUser user) {
		return KEEPERS.contains(user.role());
	}

	/** Reads the whole catalogue of the municipality (not a provider, who reads only its own part). */
	public static boolean readsAll(CurrentUser user) {
		return STAFF_READERS.contains(user.role());
	}

	public static boolean isProvider(CurrentUser user) {
		return user.role() == Role.PROVIDER;
	}
}
