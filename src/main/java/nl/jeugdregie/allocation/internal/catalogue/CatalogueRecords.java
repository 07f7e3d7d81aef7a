package nl.jeugdregie.allocation.internal.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product list and the tariffs; every query is scoped to one municipality. */
@Repository
class CatalogueRecords {

	private static final String TARIFF = """
			select t.id, t.contract_id, t.product_id, t.amount_cents, t.effective_from, t.effective_until, t.version
			from allocation_tariff t join allocation_contract c on c.id = t.contract_id""";

	private final JdbcClient jdbc;

	CatalogueRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Product> products(MunicipalityCode municipality) {
		return jdbc.sql("select * from allocation_product where municipality_code = ? order by category, code")
				.param(municipality.value()).query(CatalogueRecords::product).list();
	}

	Optional<Product> product(MunicipalityCode municipality, ProductId id) {
		return jdbc.sql("select * from allocation_product where municipality_code = ? and id = ?")
				.params(municipality.value(), id.value()).query(CatalogueRecords::product).optional();
	}

	Optional<Product> product(MunicipalityCode municipality, ProductCategory category, ProductCode code) {
		return jdbc.sql("select * from allocation_product where municipality_code = ? and category = ? and code = ?")
				.params(municipality.value(), category.code(), code.value()).query(CatalogueRecords::product).optional();
	}

	void insertProduct(ProductId id, MunicipalityCode municipality, NewProduct product) {
		jdbc.sql("""
				insert into allocation_product (id, municipality_code, category, code, name, unit, frequency)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), municipality.value(), product.category().code(), product.code().value(), product.name(),
						product.unit().code(), product.frequency().code())
				.update();
	}

	List<Tariff> tariffs(MunicipalityCode municipality, ContractId contract) {
		return jdbc.sql(TARIFF + " where c.municipality_code = ? and t.contract_id = ? order by t.product_id, t.effective_from")
				.params(municipality.value(), contract.value()).query(CatalogueRecords::tariff).list();
	}

	List<Tariff> tariffs(MunicipalityCode municipality) {
		return jdbc.sql(TARIFF + " where c.municipality_code = ? order by t.contract_id, t.product_id, t.effective_from")
				.param(municipality.value()).query(CatalogueRecords::tariff).list();
	}

	Optional<Tariff> inForce(MunicipalityCode municipality, ContractId contract, ProductId product, LocalDate on) {
		return jdbc.sql(TARIFF + "\n" + """
				 where c.municipality_code = ? and t.contract_id = ? and t.product_id = ? and t.effective_from <= ?
				   and (t.effective_until is null or t.effective_until >= ?)""")
				.params(municipality.value(), contract.value(), product.value(), on, on)
				.query(CatalogueRecords::tariff).optional();
	}

	void insertTariff(NewTariff tariff, String by, Instant at) {
		jdbc.sql("""
				insert into allocation_tariff (id, contract_id, product_id, amount_cents, effective_from, effective_until,
				    entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), tariff.contract().value(), tariff.product().value(), tariff.amountCents(),
						tariff.period().from(), tariff.period().until(), by, java.sql.Timestamp.from(at))
				.update();
	}

	/** The product, its row locked for a change (TOEW-2). */
	Optional<Product> lockProduct(MunicipalityCode municipality, ProductId id) {
		return jdbc.sql("select * from allocation_product where municipality_code = ? and id = ? for update")
				.params(municipality.value(), id.value()).query(CatalogueRecords::product).optional();
	}

	/** Saves a product change on the version read; false when another change came first. */
	boolean updateProduct(ProductChange change) {
		return jdbc.sql("""
				update allocation_product set name = ?, unit = ?, frequency = ?, version = version + 1
				where id = ? and version = ?""")
				.params(change.name(), change.unit().code(), change.frequency().code(), change.product().value(),
						change.version())
				.update() == 1;
	}

	/** A tariff line of the contract. */
	Optional<Tariff> tariff(MunicipalityCode municipality, ContractId contract, UUID id) {
		return jdbc.sql(TARIFF + " where c.municipality_code = ? and t.contract_id = ? and t.id = ?")
				.params(municipality.value(), contract.value(), id).query(CatalogueRecords::tariff).optional();
	}

	/** TOEW-6: gives the line its last day on the version read and keeps the end given; false when stale. */
	boolean endTariff(Tariff line, java.time.LocalDate lastDay, String by, Instant at) {
		var updated = jdbc.sql("""
				update allocation_tariff set effective_until = ?, version = version + 1 where id = ? and version = ?""")
				.params(lastDay, line.id(), line.version()).update() == 1;
		if (updated) {
			jdbc.sql("""
					insert into allocation_tariff_end (id, tariff_id, previous_until, new_until, ended_by, ended_at)
					values (?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), line.id(), line.period().until(), lastDay, by, java.sql.Timestamp.from(at))
					.update();
		}
		return updated;
	}

	private static Product product(ResultSet rs, int row) throws SQLException {
		return new Product(new ProductId(rs.getObject("id", UUID.class)),
				ProductCategory.ofCode(rs.getString("category")).orElseThrow(), new ProductCode(rs.getString("code")),
				rs.getString("name"), Unit.ofCode(rs.getString("unit")).orElseThrow(),
				Frequency.ofCode(rs.getString("frequency")).orElseThrow(), rs.getLong("version"));
	}

	private static Tariff tariff(ResultSet rs, int row) throws SQLException {
		return new Tariff(rs.getObject("id", UUID.class), new ContractId(rs.getObject("contract_id", UUID.class)),
				new ProductId(rs.getObject("product_id", UUID.class)), rs.getLong("amount_cents"),
				new ValidityPeriod(rs.getObject("effective_from", LocalDate.class),
						rs.getObject("effective_until", LocalDate.class)), rs.getLong("version"));
	}
}
