package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging;
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
				-- A withdrawn allocation counts as never sent (JZ002 13): starts, stops and declarations get TR019.
				where a.municipality_code = ? and a.number = ? and a.withdrawn_at is null""")
				.params(municipality.value(), number)
				.query((rs, n) -> new AllocationFacts(rs.getLong(1), new AgbCode(rs.getString(2)), rs.getString(3).strip(),
						rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
						Financing.valueOf(rs.getString(7))))
				.optional();
	}

	private static final String LINE = """
			select a.number, p.agb_code, a.help_request_id, a.category, pr.code, a.volume, a.unit, a.frequency,
			       a.valid_from, a.valid_until, d.decided_at, a.financing, coalesce(a.replaces, 0),
			       coalesce(a.replaced_by, 0)
			from allocation_allocation a
			join allocation_provider p on p.id = a.provider_id
			join allocation_product pr on pr.id = a.product_id
			join allocation_decision d on d.id = a.decision_id
			""";

	@Override
	@Transactional(readOnly = true)
	public Optional<AllocationLine> line(MunicipalityCode municipality, long number) {
		return jdbc.sql(LINE + "where a.municipality_code = ? and a.number = ?").params(municipality.value(), number)
				.query((rs, n) -> line(rs)).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AllocationLine> linesAtSameProvider(MunicipalityCode municipality, long number) {
		return jdbc.sql(LINE + """
				join allocation_allocation s on s.municipality_code = a.municipality_code and s.provider_id = a.provider_id
				 and (s.young_person = a.young_person or s.help_request_id = a.help_request_id)
				where s.municipality_code = ? and s.number = ?
				order by a.number""").params(municipality.value(), number).query((rs, n) -> line(rs)).list();
	}

	private static AllocationLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AllocationLine(rs.getLong(1), new AgbCode(rs.getString(2)), rs.getObject(3, UUID.class),
				rs.getString(4).strip(), rs.getString(5), rs.getInt(6), rs.getString(7).strip(), rs.getString(8).strip(),
				rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
				rs.getTimestamp(11).toInstant(), Financing.valueOf(rs.getString(12)), rs.getLong(13),
				rs.getLong(14));
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
