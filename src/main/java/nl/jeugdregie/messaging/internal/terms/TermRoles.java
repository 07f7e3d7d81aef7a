package nl.jeugdregie.messaging.internal.terms;

import java.util.Set;
import nl.jeugdregie.identity.Role;

/**
 * Who sees the answer terms. Terms hold no client data, so no client-file rule applies; they are work: the access team
 * (case workers) answers requests, the application administrator watches retours, and a provider sees the terms
 * between it and the municipality (OP090 makes the sender watch for missing retours, so both sides). The policy
 * officer sees the dashboard's aggregates only, as for every other figure.
 */
final class TermRoles {

	static final Set<Role> WORKLIST = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.ADMINISTRATOR, Role.PROVIDER);
	static final Set<Role> DASHBOARD = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.ADMINISTRATOR, Role.PROVIDER, Role.POLICY_OFFICER);

	private TermRoles() {}
}
