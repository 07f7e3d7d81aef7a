package nl.jeugdregie.allocation.internal.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProviderDirectory;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ProviderDirectory} on allocation's own tables: providers and the accounts linked to them. */
@Component
class JdbcProviderDirectory implements ProviderDirectory {

	private final JdbcClient jdbc;

	JdbcProviderDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AgbCode> providerOf(CurrentUser account) {
		if (account.role() != Role.PROVIDER) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select p.agb_code from allocation_provider_account a join allocation_provider p on p.id = a.provider_id
				where a.username = ? and p.municipality_code = ?""")
				.params(account.username(), account.municipality().value())
				.query((rs, row) -> new AgbCode(rs.getString(1))).optional();
	}

	@Override
	public Map<AgbCode, String> names(MunicipalityCode municipality) {
		var names = new LinkedHashMap<AgbCode, String>();
		jdbc.sql("select agb_code, name from allocation_provider where municipality_code = ? order by name, agb_code")
				.param(municipality.value())
				.query(rs -> {
					names.putIfAbsent(new AgbCode(rs.getString(1)), rs.getString(2));
				});
		return names;
	}
}
