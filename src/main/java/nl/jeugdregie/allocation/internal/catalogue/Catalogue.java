package nl.jeugdregie.allocation.internal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the regional product list (everyone of the municipality who works with allocation) and tariffs (staff,
 * and a provider for its own contracts only). Other features ask it for a product and the tariff in force.
 */
@Service
public class Catalogue {

	private final CatalogueRecords records;
	private final Providers providers;

	Catalogue(CatalogueRecords records, Providers providers) {
		this.records = records;
		this.providers = providers;
	}

	@Transactional(readOnly = true)
	public List<Product> products(MunicipalityCode municipality) {
		return records.products(municipality);
	}

	@Transactional(readOnly = true)
	public Optional<Product> product(MunicipalityCode municipality, ProductId id) {
		return records.product(municipality, id);
	}

	/** TOEW-9: the tariff in force for a contract's product on a day. */
	public Optional<Tariff> tariffInForce(MunicipalityCode municipality, ContractId contract, ProductId product,
			LocalDate on) {
		return records.inForce(municipality, contract, product, on);
	}

	@Transactional(readOnly = true)
	public Outcome<List<Tariff>> tariffs(CurrentUser user, ContractId contract) {
		return switch (providers.contract(user, contract)) {
			case Outcome.Done<?> found -> Outcome.done(records.tariffs(user.municipality(), contract));
			case Outcome.Refused<?> refused -> Outcome.notFound();
			case Outcome.NotFound<?> notFound -> Outcome.notFound();
			case Outcome.Forbidden<?> forbidden -> Outcome.notFound();
			case Outcome.Stale<?> stale -> Outcome.notFound();
		};
	}
}
