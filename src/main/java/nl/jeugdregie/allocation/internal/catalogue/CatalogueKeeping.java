package nl.jeugdregie.allocation.internal.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.provider.Contract;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOEW-2, TOEW-6: the policy officer or administrator keeps the product list and the contracts' tariffs, one at a
 * time or as CSV. A tariff is never overwritten: an overlapping period is refused (the contract row is locked while
 * checking, so two at once cannot both slip in). A CSV file is taken whole or not at all, with a refusal per line and
 * column.
 */
@Service
public class CatalogueKeeping {

	/** What an import did. */
	record Imported(int added, int unchanged) {}

	private final CatalogueRecords records;
	private final Providers providers;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CatalogueKeeping(CatalogueRecords records, Providers providers, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.providers = providers;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public Outcome<ProductId> addProduct(CurrentUser user, NewProduct product) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var id = ProductId.random();
		try {
			return inTransaction(() -> {
				if (records.product(user.municipality(), product.category(), product.code()).isPresent()) {
					return Outcome.refused(Refusal.of("code", "allocation.product.taken"));
				}
				records.insertProduct(id, user.municipality(), product);
				events.publishEvent(AdministrativeChange.created(user, "product:" + id, Labels.text("text.allocation.catalogue.productAdded",
						product.category().code(), product.code().value(), product.name())));
				return Outcome.done(id);
			});
		}
		catch (DuplicateKeyException taken) {
			return Outcome.refused(Refusal.of("code", "allocation.product.taken"));
		}
	}

	/**
	 * TOEW-2: changes a product's name, unit and frequency on the version the keeper saw (the row locked: of two
	 * changes at once one wins, the other is stale). Allocations already made keep the unit and frequency they had.
	 */
	public Outcome<Product> changeProduct(CurrentUser user, ProductChange change) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return inTransaction(() -> {
			var locked = records.lockProduct(user.municipality(), change.product());
			if (locked.isEmpty()) {
				return Outcome.notFound();
			}
			if (locked.get().version() != change.version()) {
				return Outcome.stale(locked.get().version());
			}
			if (!records.updateProduct(change)) {
				return Outcome.stale(change.version());
			}
			var before = locked.get();
			events.publishEvent(AdministrativeChange.changed(user, "product:" + change.product(), Labels.text("text.allocation.catalogue.productChanged",
					before.category().code(), before.code().value(), before.name(), before.unit().code(),
					before.frequency().code(), change.name(), change.unit().code(), change.frequency().code())));
			return Outcome.done(records.product(user.municipality(), change.product()).orElseThrow());
		});
	}

	/** What ending a tariff line would do, for the check step. */
	public record TariffEndPreview(Tariff line, Product product, TariffEnd end) {}

	/** TOEW-6: checks ending a tariff line without saving it. */
	public Outcome<TariffEndPreview> previewTariffEnd(CurrentUser user, TariffEnd end) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return inTransaction(() -> {
			var line = records.tariff(user.municipality(), end.contract(), end.tariff());
			if (line.isEmpty()) {
				return Outcome.notFound();
			}
			if (line.get().version() != end.version()) {
				return Outcome.stale(line.get().version());
			}
			var refusal = new TariffEndKeepsLinesApart().check(new TariffEndKeepsLinesApart.Proposed(line.get(),
					end.lastDay(), records.tariffs(user.municipality(), end.contract())));
			if (refusal.isPresent()) {
				return Outcome.refused(refusal.get());
			}
			return Outcome.done(new TariffEndPreview(line.get(),
					records.product(user.municipality(), line.get().product()).orElseThrow(), end));
		});
	}

	/**
	 * TOEW-6: gives a contract's tariff line its last day. The contract row is locked (as for a new line, so a line
	 * added at the same time cannot slip into the gap or overlap), the line's version checked, the end kept in
	 * {@code allocation_tariff_end}; the price never changes.
	 */
	public Outcome<Tariff> endTariff(CurrentUser user, TariffEnd end) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return inTransaction(() -> {
			if (providers.lockContract(user.municipality(), end.contract()).isEmpty()) {
				return Outcome.notFound();
			}
			var line = records.tariff(user.municipality(), end.contract(), end.tariff());
			if (line.isEmpty()) {
				return Outcome.notFound();
			}
			if (line.get().version() != end.version()) {
				return Outcome.stale(line.get().version());
			}
			var refusal = new TariffEndKeepsLinesApart().check(new TariffEndKeepsLinesApart.Proposed(line.get(),
					end.lastDay(), records.tariffs(user.municipality(), end.contract())));
			if (refusal.isPresent()) {
				return Outcome.refused(refusal.get());
			}
			if (!records.endTariff(line.get(), end.lastDay(), user.username(), clock.instant())) {
				return Outcome.stale(end.version());
			}
			events.publishEvent(AdministrativeChange.changed(user, "contract:" + end.contract(),
					Labels.text("text.allocation.tariff.ended", String.valueOf(line.get().period().from()),
							String.valueOf(end.lastDay()), line.get().period().until() == null
									? Labels.text("text.allocation.tariff.noEndDate")
									: String.valueOf(line.get().period().until()))));
			return Outcome.done(records.tariff(user.municipality(), end.contract(), end.tariff()).orElseThrow());
		});
	}

	Outcome<Imported> importProducts(CurrentUser user, String csv) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var parsed = ProductCsv.parse(csv);
		if (!(parsed instanceof Outcome.Done<List<ProductCsv.Line>>(var lines))) {
			return nl.jeugdregie.allocation.internal.Outcomes.then(parsed, none -> Outcome.notFound());
		}
		try {
			return inTransaction(() -> {
				var refusals = new ArrayList<Refusal>();
				var added = 0;
				var unchanged = 0;
				var seen = new java.util.HashSet<String>();
				for (var line : lines) {
					var product = line.product();
					var key = product.category().code() + "/" + product.code().value();
					var existing = records.product(user.municipality(), product.category(), product.code());
					if (!seen.add(key)) {
						refusals.add(new Refusal("regel " + line.number() + ".productcode", "allocation.csv.duplicate",
								List.of(line.number(), "productcode")));
					}
					else if (existing.isPresent() && existing.get().equals(withId(existing.get(), product))) {
						unchanged++;
					}
					else if (existing.isPresent()) {
						refusals.add(new Refusal("regel " + line.number() + ".productcode", "allocation.csv.productDiffers",
								List.of(line.number(), "productcode")));
					}
					else {
						records.insertProduct(ProductId.random(), user.municipality(), product);
						added++;
					}
				}
				if (!refusals.isEmpty()) {
					return Outcome.refused(refusals);
				}
				events.publishEvent(AdministrativeChange.created(user, "product-list:" + user.municipality(),
						"Productenlijst ingelezen: " + added + " nieuw, " + unchanged + " ongewijzigd"));
				return Outcome.done(new Imported(added, unchanged));
			});
		}
		catch (DuplicateKeyException simultaneous) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.simultaneous"));
		}
	}

	public Outcome<NewTariff> addTariff(CurrentUser user, NewTariff tariff, String field) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return inTransaction(() -> {
			var contract = providers.lockContract(user.municipality(), tariff.contract());
			if (contract.isEmpty()) {
				return Outcome.notFound();
			}
			var refusal = checkTariff(user, contract.get(), tariff, List.of(), field);
			if (refusal.isPresent()) {
				return Outcome.refused(List.of(refusal.get()));
			}
			records.insertTariff(tariff, user.username(), clock.instant());
			events.publishEvent(AdministrativeChange.created(user, "contract:" + tariff.contract(),
					Labels.text("text.allocation.catalogue.tariffRecorded", String.valueOf(tariff.period().from()),
						tariff.amountCents())));
			return Outcome.done(tariff);
		});
	}

	Outcome<Imported> importTariffs(CurrentUser user, String csv) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var read = TariffCsv.read(csv);
		if (!(read instanceof Outcome.Done<TariffCsv.Parsed>(var parsed))) {
			return nl.jeugdregie.allocation.internal.Outcomes.then(read, none -> Outcome.notFound());
		}
		var lines = parsed.lines();
		return inTransaction(() -> {
			var refusals = new ArrayList<Refusal>(parsed.refusals());
			var accepted = new ArrayList<NewTariff>();
			for (var line : lines) {
				var source = line.source();
				var provider = providers.withAgb(user.municipality(), line.agbCode());
				if (provider.isEmpty()) {
					refusals.add(ProductCsv.cell(source, "agb-code", "allocation.csv.agbUnknown"));
					continue;
				}
				var product = records.product(user.municipality(), line.category(), line.code());
				if (product.isEmpty()) {
					refusals.add(ProductCsv.cell(source, "productcode", "allocation.csv.productUnknown"));
					continue;
				}
				var period = new ValidityPeriod(line.from(), line.until());
				var contract = providers.contractsOf(user.municipality(), provider.get().id()).stream()
						.filter(candidate -> candidate.covers(product.get().id()) && candidate.period().contains(line.from()))
						.findFirst();
				if (contract.isEmpty()) {
					refusals.add(ProductCsv.cell(source, "productcode", "allocation.csv.notContracted"));
					continue;
				}
				providers.lockContract(user.municipality(), contract.get().id());
				var tariff = new NewTariff(contract.get().id(), product.get().id(), line.cents(), period);
				var refusal = checkTariff(user, contract.get(), tariff, accepted, "regel " + source.number() + ".ingangsdatum");
				if (refusal.isPresent()) {
					var code = refusal.get().code().equals("allocation.tariff.overlap") ? "allocation.csv.tariffOverlap"
							: "allocation.csv.notContracted";
					refusals.add(ProductCsv.cell(source, "ingangsdatum", code, refusal.get().arguments().toArray()));
					continue;
				}
				accepted.add(tariff);
			}
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			for (var tariff : accepted) {
				records.insertTariff(tariff, user.username(), clock.instant());
			}
			events.publishEvent(AdministrativeChange.created(user, "tariffs:" + user.municipality(),
					"Tarieven ingelezen: " + accepted.size()));
			return Outcome.done(new Imported(accepted.size(), 0));
		});
	}

	/** The tariffs as CSV rows the user may see: all for staff, its own contracts for a provider. */
	List<TariffCsv.Row> exportRows(CurrentUser user) {
		var rows = new ArrayList<TariffCsv.Row>();
		var products = new java.util.HashMap<ProductId, Product>();
		records.products(user.municipality()).forEach(product -> products.put(product.id(), product));
		for (var provider : providers.list(user)) {
			for (var contract : providers.contracts(user, provider.id())) {
				for (var tariff : records.tariffs(user.municipality(), contract.id())) {
					rows.add(new TariffCsv.Row(provider.agbCode(), products.get(tariff.product()), tariff));
				}
			}
		}
		return rows;
	}

	private java.util.Optional<Refusal> checkTariff(CurrentUser user, Contract contract, NewTariff tariff,
			List<NewTariff> alsoNew, String field) {
		var covered = new ContractCoversProduct().check(new ContractCoversProduct.Asked(contract, tariff.product(), field));
		if (covered.isPresent()) {
			return covered;
		}
		var existing = new ArrayList<>(records.tariffs(user.municipality(), contract.id()));
		for (var other : alsoNew) {
			if (other.contract().equals(contract.id())) {
				existing.add(new Tariff(java.util.UUID.randomUUID(), other.contract(), other.product(), other.amountCents(),
						other.period()));
			}
		}
		return new TariffPeriodsDoNotOverlap().check(new TariffPeriodsDoNotOverlap.Proposed(tariff, existing, field));
	}

	private static Product withId(Product existing, NewProduct product) {
		return new Product(existing.id(), product.category(), product.code(), product.name(), product.unit(),
				product.frequency(), existing.version());
	}

	private <T> Outcome<T> inTransaction(Supplier<Outcome<T>> work) {
		return transaction.execute(status -> {
			var outcome = work.get();
			if (!(outcome instanceof Outcome.Done<T>)) {
				status.setRollbackOnly();
			}
			return outcome;
		});
	}
}
