package nl.jeugdregie.signin.internal.secondfactor;

import nl.jeugdregie.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which accounts a password alone never opens (ADR 0045): those whose role requires the second
 * login step ({@code jeugdregie.second-factor.required-for}) and those that set one up themselves. Login protection
 * asks it for every password login on the API (HTTP Basic), known name or not, so both cost the same read.
 */
@Component
public class SecondStepAccounts {

	private final JdbcSecondFactors store;
	private final SecondFactorSettings settings;

	SecondStepAccounts(JdbcSecondFactors store, SecondFactorSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	/**
	 * Whether the account logs in with a second step, so a password without the code must be refused.
	 *
	 * @param role the account's role, null for a name that is no account (it is then looked up all the same)
	 */
	public boolean needsSecondStep(String username, @Nullable Role role) {
		var enrolled = store.find(username).filter(JdbcSecondFactors.Stored::enrolled).isPresent();
		return enrolled || role != null && settings.requiredFor().contains(role);
	}
}
