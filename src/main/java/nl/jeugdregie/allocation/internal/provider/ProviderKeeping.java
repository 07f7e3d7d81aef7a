package nl.jeugdregie.allocation.internal.provider;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOEW-3: the municipality's policy officer or administrator registers providers and their contracts; the
 * administrator links provider accounts. A refused change saves nothing. Each change is recorded as an
 * administrative change (no client data).
 */
@Service
public class ProviderKeeping {

	private final ProviderRecords records;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ProviderKeeping(ProviderRecords records, UserAccounts accounts, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.accounts = accounts;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public Outcome<ProviderId> register(CurrentUser user, NewProvider provider) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var id = ProviderId.random();
		try {
			return inTransaction(() -> {
				if (records.providerWithAgb(user.municipality(), provider.agbCode()).isPresent()) {
					return Outcome.refused(Refusal.of("agbCode", "allocation.provider.agb.taken"));
				}
				records.insertProvider(id, user.municipality(), provider);
				events.publishEvent(AdministrativeChange.created(user, "provider:" + id,
						"Aanbieder geregistreerd: " + provider.name() + " (AGB " + provider.agbCode() + ")"));
				return Outcome.done(id);
			});
		}
		catch (DuplicateKeyException taken) {
			return Outcome.refused(Refusal.of("agbCode", "allocation.provider.agb.taken"));
		}
	}

	public Outcome<ContractId> addContract(CurrentUser user, NewContract contract) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var refusals = new ArrayList<Refusal>();
		new ContractNamesProducts().check(contract).ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = ContractId.random();
		return inTransaction(() -> {
			if (records.provider(user.municipality(), contract.provider()).isEmpty()) {
				return Outcome.notFound();
			}
			if (records.productsOfMunicipality(user.municipality(), contract.products()) != contract.products().size()) {
				return Outcome.refused(Refusal.of("products", "allocation.contract.products.unknown"));
			}
			records.insertContract(id, user.municipality(), contract);
			events.publishEvent(new ContractRecorded(user.municipality(), contract.provider(), id));
			events.publishEvent(AdministrativeChange.created(user, "contract:" + id, "Contract vastgelegd voor aanbieder "
					+ contract.provider() + " met " + contract.products().size() + " product(en)"));
			return Outcome.done(id);
		});
	}

	/**
	 * TOEW-3: changes a contract on the version the keeper saw (the row locked, so of two changes at once one wins
	 * and the other is stale); its end may not cut off allocations made under it.
	 */
	public Outcome<Contract> changeContract(CurrentUser user, ContractChange change) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return inTransaction(() -> {
			var locked = records.lockContract(user.municipality(), change.contract());
			if (locked.isEmpty()) {
				return Outcome.notFound();
			}
			if (locked.get().version() != change.version()) {
				return Outcome.stale(locked.get().version());
			}
			var refusals = new ArrayList<Refusal>();
			if (change.validUntil() != null) {
				new nl.jeugdregie.allocation.internal.EndNotBeforeStart().check(new nl.jeugdregie.allocation.internal.DateRange(
						"validUntil", locked.get().period().from(), change.validUntil())).ifPresent(refusals::add);
			}
			new EndAfterRunningAllocations().check(new EndAfterRunningAllocations.Ending(change.validUntil(),
					records.lastAllocatedDay(change.contract()).orElse(null))).ifPresent(refusals::add);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!records.changeContract(user.municipality(), change)) {
				return Outcome.stale(change.version());
			}
			events.publishEvent(AdministrativeChange.changed(user, "contract:" + change.contract(), "Contract gewijzigd"
					+ (change.validUntil() == null ? "" : ", loopt tot en met " + change.validUntil())));
			return Outcome.done(records.contract(user.municipality(), change.contract()).orElseThrow());
		});
	}

	public Outcome<String> linkAccount(CurrentUser admin, ProviderId provider, String username) {
		if (admin.role() != Role.ADMINISTRATOR) {
			return Outcome.forbidden("allocation.forbidden.accounts");
		}
		return inTransaction(() -> {
			var found = records.provider(admin.municipality(), provider);
			if (found.isEmpty()) {
				return Outcome.notFound();
			}
			var name = username == null ? "" : username.strip();
			var link = new AccountLink(provider, admin.municipality(), name, accounts.find(name).orElse(null));
			var refusal = new AccountIsProviderOfMunicipality().check(link);
			if (refusal.isPresent()) {
				return Outcome.refused(List.of(refusal.get()));
			}
			records.link(name, provider, admin.municipality(), admin.username(), clock.instant());
			events.publishEvent(AdministrativeChange.changed(admin, "account:" + name,
					"Account gekoppeld aan aanbieder " + found.get().name()));
			return Outcome.done(name);
		});
	}

	private <T> Outcome<T> inTransaction(java.util.function.Supplier<Outcome<T>> work) {
		return transaction.execute(status -> {
			var outcome = work.get();
			if (!(outcome instanceof Outcome.Done<T>)) {
				status.setRollbackOnly();
			}
			return outcome;
		});
	}
}
