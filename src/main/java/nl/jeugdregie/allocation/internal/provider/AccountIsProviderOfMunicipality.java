package nl.jeugdregie.allocation.internal.provider;

import java.util.Optional;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** Only an existing account with the provider role of the same municipality can work for a provider. */
final class AccountIsProviderOfMunicipality implements Policy<AccountLink> {

	@Override
	public Optional<Refusal> check(AccountLink link) {
		var account = link.account();
		if (account == null || !account.municipality().equals(link.providerMunicipality())) {
			return Optional.of(Refusal.of("username", "allocation.account.unknown"));
		}
		return account.role() == Role.PROVIDER ? Optional.empty()
				: Optional.of(Refusal.of("username", "allocation.account.notProvider", account.role().dutchName()));
	}
}
