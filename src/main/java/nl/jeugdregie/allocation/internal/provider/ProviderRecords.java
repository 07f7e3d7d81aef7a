package nl.jeugdregie.allocation.internal.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers, contracts and provider accounts; every query is scoped to one municipality. */
@Repository
class ProviderRecords {

	private static final String CONTRACT = """
			select c.id, c.provider_id, c.procurement_route, c.in_region, c.bridging_care, c.terms, c.valid_from,
			       c.valid_until, c.version,
			       coalesce((select array_agg(cp.product_id) from allocation_contract_product cp where cp.contract_id = c.id),
			                '{}') as products
			from allocation_contract c""";

	private final JdbcClient jdbc;

	ProviderRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Provider> providers(MunicipalityCode municipality) {
		return jdbc.sql("select * from allocation_provider where municipality_code = ? order by lower(name)")
				.param(municipality.value()).query(ProviderRecords::provider).list();
	}

	Optional<Provider> provider(MunicipalityCode municipality, ProviderId id) {
		return jdbc.sql("select * from allocation_provider where municipality_code = ? and id = ?")
				.params(municipality.value(), id.value()).query(ProviderRecords::provider).optional();
	}

	Optional<Provider> providerWithAgb(MunicipalityCode municipality, AgbCode agb) {
		return jdbc.sql("select * from allocation_provider where municipality_code = ? and agb_code = ?")
				.params(municipality.value(), agb.value()).query(ProviderRecords::provider).optional();
	}

	void insertProvider(ProviderId id, MunicipalityCode municipality, NewProvider provider) {
		jdbc.sql("insert into allocation_provider (id, municipality_code, name, agb_code) values (?, ?, ?, ?)")
				.params(id.value(), municipality.value(), provider.name(), provider.agbCode().value()).update();
	}

	List<Contract> contracts(MunicipalityCode municipality, ProviderId provider) {
		return jdbc.sql(CONTRACT + " where c.municipality_code = ? and c.provider_id = ? order by c.valid_from desc")
				.params(municipality.value(), provider.value()).query(ProviderRecords::contract).list();
	}

	Optional<Contract> contract(MunicipalityCode municipality, ContractId id) {
		return jdbc.sql(CONTRACT + " where c.municipality_code = ? and c.id = ?")
				.params(municipality.value(), id.value()).query(ProviderRecords::contract).optional();
	}

	/** Locks the contract row until the transaction ends, so two tariffs for it are decided one after the other. */
	Optional<Contract> lockContract(MunicipalityCode municipality, ContractId id) {
		return jdbc.sql(CONTRACT + " where c.municipality_code = ? and c.id = ? for update of c")
				.params(municipality.value(), id.value()).query(ProviderRecords::contract).optional();
	}

	/** The products of the municipality among {@code products}, so a contract never names another's product. */
	long productsOfMunicipality(MunicipalityCode municipality, java.util.Set<ProductId> products) {
		return jdbc.sql("select count(*) from allocation_product where municipality_code = ? and id = any(?)")
				.params(municipality.value(), products.stream().map(ProductId::value).toArray(UUID[]::new))
				.query(Long.class).single();
	}

	void insertContract(ContractId id, MunicipalityCode municipality, NewContract contract) {
		jdbc.sql("""
				insert into allocation_contract (id, provider_id, municipality_code, procurement_route, in_region,
				    bridging_care, terms, valid_from, valid_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), contract.provider().value(), municipality.value(), contract.route().name(),
						contract.inRegion(), contract.bridgingCare(), contract.terms(), contract.period().from(),
						contract.period().until())
				.update();
		for (var product : contract.products()) {
			jdbc.sql("insert into allocation_contract_product (contract_id, product_id) values (?, ?)")
					.params(id.value(), product.value()).update();
		}
	}

	/** Saves a change on the version read under lock; false when another change came first. */
	boolean changeContract(MunicipalityCode municipality, ContractChange change) {
		return jdbc.sql("""
				update allocation_contract set in_region = ?, bridging_care = ?, terms = ?, valid_until = ?, version = version + 1
				where municipality_code = ? and id = ? and version = ?""")
				.params(change.inRegion(), change.bridgingCare(), change.terms(), change.validUntil(), municipality.value(),
						change.contract().value(), change.version())
				.update() == 1;
	}

	/** The last day allocated under the contract, if anything was. */
	Optional<LocalDate> lastAllocatedDay(ContractId contract) {
		return jdbc.sql("select valid_until from allocation_allocation where contract_id = ? order by valid_until desc limit 1")
				.param(contract.value()).query((rs, row) -> rs.getObject(1, LocalDate.class)).optional();
	}

	Optional<ProviderId> providerOfAccount(String username) {
		return jdbc.sql("select provider_id from allocation_provider_account where username = ?").param(username)
				.query((rs, row) -> new ProviderId(rs.getObject(1, UUID.class))).optional();
	}

	List<String> accounts(ProviderId provider) {
		return jdbc.sql("select username from allocation_provider_account where provider_id = ? order by username")
				.param(provider.value()).query(String.class).list();
	}

	/** Links the account to the provider, or moves it when it worked for another provider. */
	void link(String username, ProviderId provider, MunicipalityCode municipality, String by, Instant at) {
		jdbc.sql("""
				insert into allocation_provider_account (username, provider_id, municipality_code, linked_by, linked_at)
				values (?, ?, ?, ?, ?)
				on conflict (username) do update set provider_id = excluded.provider_id, linked_by = excluded.linked_by,
				    linked_at = excluded.linked_at""")
				.params(username, provider.value(), municipality.value(), by, java.sql.Timestamp.from(at)).update();
	}

	private static Provider provider(ResultSet rs, int row) throws SQLException {
		return new Provider(new ProviderId(rs.getObject("id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), rs.getString("name"),
				new AgbCode(rs.getString("agb_code")), rs.getLong("version"));
	}

	private static Contract contract(ResultSet rs, int row) throws SQLException {
		var products = (UUID[]) rs.getArray("products").getArray();
		return new Contract(new ContractId(rs.getObject("id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)),
				ProcurementRoute.valueOf(rs.getString("procurement_route")), rs.getBoolean("in_region"),
				rs.getBoolean("bridging_care"), rs.getString("terms"),
				new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
				java.util.Arrays.stream(products).map(ProductId::new).toList(), rs.getLong("version"));
	}
}
