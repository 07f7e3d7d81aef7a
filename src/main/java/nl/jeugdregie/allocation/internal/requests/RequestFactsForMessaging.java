package nl.jeugdregie.allocation.internal.requests;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The young person's allocations for judging a provider's request (read-only; the caller's transaction). */
@Component
class RequestFactsForMessaging implements RequestsForMessaging {

	private final JdbcClient jdbc;

	RequestFactsForMessaging(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AllocationOfYoungPerson> allocationsOf(MunicipalityCode municipality, ClientId youngPerson) {
		return jdbc.sql("""
				select a.number, p.agb_code, a.category, pr.code, a.valid_from, a.valid_until, a.financing, a.volume,
				       a.unit, a.frequency, a.budget_cents, a.withdrawn_at is not null
				from allocation_allocation a
				join allocation_provider p on p.id = a.provider_id
				join allocation_product pr on pr.id = a.product_id
				where a.municipality_code = ? and a.young_person = ?
				order by a.number""")
				.params(municipality.value(), youngPerson.value())
				.query((rs, n) -> new AllocationOfYoungPerson(rs.getLong(1), new AgbCode(rs.getString(2)),
						rs.getString(3).strip(), rs.getString(4), rs.getObject(5, LocalDate.class),
						rs.getObject(6, LocalDate.class), Financing.valueOf(rs.getString(7)), rs.getInt(8),
						rs.getString(9).strip(), rs.getString(10).strip(), rs.getLong(11), rs.getBoolean(12)))
				.list();
	}

	@Override
	public boolean ofAnotherYoungPerson(MunicipalityCode municipality, AgbCode provider, long number,
			@Nullable ClientId youngPerson) {
		return jdbc.sql("""
				select a.young_person from allocation_allocation a join allocation_provider p on p.id = a.provider_id
				where a.municipality_code = ? and a.number = ? and p.agb_code = ? and a.young_person is not null""")
				.params(municipality.value(), number, provider.value())
				.query((rs, n) -> rs.getObject(1, java.util.UUID.class)).optional()
				.map(owner -> youngPerson == null || !owner.equals(youngPerson.value())).orElse(false);
	}
}
