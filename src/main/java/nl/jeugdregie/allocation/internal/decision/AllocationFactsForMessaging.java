package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.AllocationsForMessaging;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The allocation facts iJw messaging judges starts, stops and declarations against (read-only). */
@Component
class AllocationFactsForMessaging implements AllocationsForMessaging {

	private final JdbcClient jdbc;

	AllocationFactsForMessaging(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AllocationFacts> allocation(MunicipalityCode municipality, long number) {
		return jdbc.sql("""
				select a.number, p.agb_code, a.category, pr.code, a.valid_from, a.valid_until, a.financing
				from allocation_allocation a
				join allocation_provider p on p.id = a.provider_id
				join allocation_product pr on pr.id = a.product_id
				where a.municipality_code = ? and a.number = ?""")
				.params(municipality.value(), number)
				.query((rs, n) -> new AllocationFacts(rs.getLong(1), new AgbCode(rs.getString(2)), rs.getString(3).strip(),
						rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
						Financing.valueOf(rs.getString(7))))
				.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<Long, AllocationFacts> allocations(MunicipalityCode municipality, java.util.Collection<Long> numbers) {
		var found = new java.util.HashMap<Long, AllocationFacts>();
		jdbc.sql("""
				select a.number, p.agb_code, a.category, pr.code, a.valid_from, a.valid_until, a.financing
				from allocation_allocation a
				join allocation_provider p on p.id = a.provider_id
				join allocation_product pr on pr.id = a.product_id
				where a.municipality_code = ? and a.number = any(?)""")
				.params(municipality.value(), numbers.toArray(Long[]::new))
				.query((rs, n) -> new AllocationFacts(rs.getLong(1), new AgbCode(rs.getString(2)), rs.getString(3).strip(),
						rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
						Financing.valueOf(rs.getString(7))))
				.list().forEach(f -> found.put(f.number(), f));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgbCode> providerAgb(CurrentUser user) {
		if (user.role() != Role.PROVIDER) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select p.agb_code from allocation_provider_account a join allocation_provider p on p.id = a.provider_id
				where a.username = ? and a.municipality_code = ?""")
				.params(user.username(), user.municipality().value())
				.query((rs, n) -> new AgbCode(rs.getString(1))).optional();
	}
}
