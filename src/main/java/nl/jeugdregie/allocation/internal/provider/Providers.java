package nl.jeugdregie.allocation.internal.provider;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading providers and contracts as the user may: the municipality's staff see all of their municipality, a
 * provider's account sees only its own provider (another provider answers not found, as another municipality's
 * does). Other features use it to find the provider of an account and to lock a contract.
 */
@Service
public class Providers {

	private final ProviderRecords records;

	Providers(ProviderRecords records) {
		this.records = records;
	}

	/** The provider a provider's account works for; empty for other users and unlinked accounts. */
	@Transactional(readOnly = true)
	public Optional<ProviderId> providerOf(CurrentUser user) {
		return AllocationRoles.isProvider(user) ? records.providerOfAccount(user.username()) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<Provider> list(CurrentUser user) {
		if (AllocationRoles.readsAll(user)) {
			return records.providers(user.municipality());
		}
		return providerOf(user).flatMap(own -> records.provider(user.municipality(), own)).stream().toList();
	}

	@Transactional(readOnly = true)
	public Outcome<Provider> find(CurrentUser user, ProviderId id) {
		if (!mayRead(user, id)) {
			return Outcome.notFound();
		}
		return records.provider(user.municipality(), id).<Outcome<Provider>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	@Transactional(readOnly = true)
	public List<Contract> contracts(CurrentUser user, ProviderId provider) {
		return mayRead(user, provider) ? records.contracts(user.municipality(), provider) : List.of();
	}

	@Transactional(readOnly = true)
	public Outcome<Contract> contract(CurrentUser user, ContractId id) {
		return records.contract(user.municipality(), id).filter(contract -> mayRead(user, contract.provider()))
				.<Outcome<Contract>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	@Transactional(readOnly = true)
	public List<String> accounts(CurrentUser user, ProviderId provider) {
		return mayRead(user, provider) ? records.accounts(provider) : List.of();
	}

	/** Locks the contract for a change in the caller's transaction. */
	public Optional<Contract> lockContract(MunicipalityCode municipality, ContractId id) {
		return records.lockContract(municipality, id);
	}

	public Optional<Provider> providerRecord(MunicipalityCode municipality, ProviderId id) {
		return records.provider(municipality, id);
	}

	public Optional<Provider> withAgb(MunicipalityCode municipality, nl.jeugdregie.allocation.AgbCode agb) {
		return records.providerWithAgb(municipality, agb);
	}

	public List<Contract> contractsOf(MunicipalityCode municipality, ProviderId provider) {
		return records.contracts(municipality, provider);
	}

	/** Whether the user may see the provider: staff of its municipality, or the provider's own accounts. */
	public boolean mayRead(CurrentUser user, ProviderId provider) {
		if (AllocationRoles.readsAll(user)) {
			return true;
		}
		return providerOf(user).filter(provider::equals).isPresent();
	}
}
