package nl.jeugdregie.allocation.internal.waitingtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reported waiting times (every report kept) and the latest per provider and product. */
@Repository
class WaitingTimeRecords {

	/** One latest report, before the staleness is judged. */
	record Latest(ProviderId provider, String providerName, AgbCode agbCode, ProductId product, String productLabel,
			int weeks, LocalDate reportedOn, WaitingTime.Reporter reportedAs) {}

	private final JdbcClient jdbc;

	WaitingTimeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MunicipalityCode municipality, NewWaitingTime waitingTime, LocalDate reportedOn, String by,
			WaitingTime.Reporter as, Instant at) {
		jdbc.sql("""
				insert into allocation_waiting_time (id, provider_id, product_id, municipality_code, weeks, reported_on,
				    reported_by, reported_as, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), waitingTime.provider().value(), waitingTime.product().value(), municipality.value(),
						waitingTime.weeks(), reportedOn, by, as.name(), java.sql.Timestamp.from(at))
				.update();
	}

	/** The latest report per provider and product of the municipality, or of one provider. */
	List<Latest> latest(MunicipalityCode municipality, @Nullable ProviderId provider) {
		return jdbc.sql("""
				select distinct on (w.provider_id, w.product_id) w.provider_id, p.name as provider_name, p.agb_code,
				       w.product_id, pr.category, pr.code, pr.name as product_name, w.weeks, w.reported_on, w.reported_as
				from allocation_waiting_time w
				join allocation_provider p on p.id = w.provider_id
				join allocation_product pr on pr.id = w.product_id
				where w.municipality_code = ? and (cast(? as uuid) is null or w.provider_id = ?)
				order by w.provider_id, w.product_id, w.reported_on desc, w.recorded_at desc""")
				.params(municipality.value(), provider == null ? null : provider.value(), provider == null ? null : provider.value())
				.query(WaitingTimeRecords::latest).list();
	}

	/** Whether the provider has a contract for the product in force on the day. */
	boolean contracted(MunicipalityCode municipality, ProviderId provider, ProductId product, LocalDate on) {
		return jdbc.sql("""
				select exists (select 1 from allocation_contract c
				  join allocation_contract_product cp on cp.contract_id = c.id
				  where c.municipality_code = ? and c.provider_id = ? and cp.product_id = ?
				    and c.valid_from <= ? and (c.valid_until is null or c.valid_until >= ?))""")
				.params(municipality.value(), provider.value(), product.value(), on, on).query(Boolean.class).single();
	}

	private static Latest latest(ResultSet rs, int row) throws SQLException {
		var category = ProductCategory.ofCode(rs.getString("category")).orElseThrow();
		return new Latest(new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("provider_name"),
				new AgbCode(rs.getString("agb_code")), new ProductId(rs.getObject("product_id", UUID.class)),
				category.code() + " · " + rs.getString("code") + " " + rs.getString("product_name"), rs.getInt("weeks"),
				rs.getObject("reported_on", LocalDate.class), WaitingTime.Reporter.valueOf(rs.getString("reported_as")));
	}
}
