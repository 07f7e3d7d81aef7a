package nl.jeugdregie.plans.internal.household;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdregie.audit.ClientDirectory;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.audit.ClientReference;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which files of the plans module a BSN or a number names, for the privacy officer's overview of accesses (SEC-2):
 * the households with a member of that BSN, a household by its number, an adult's social-work trajectory by its
 * number. Client ids only, never names or content.
 */
@Component
class HouseholdClients implements ClientDirectory {

	private final JdbcClient jdbc;

	HouseholdClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<ClientId> clientsOf(MunicipalityCode municipality, ClientReference reference) {
		var statement = switch (reference) {
			case ClientReference.Bsn bsn -> jdbc.sql("""
					select distinct h.client_id from household h join household_member m on m.household_id = h.id
					where h.municipality_code = ? and m.bsn = ?""")
					.params(municipality.value(), bsn.value());
			case ClientReference.CaseNumber number -> jdbc.sql("""
					select client_id from household where municipality_code = ? and number = ?
					union select client_id from social_work_trajectory where municipality_code = ? and number = ?""")
					.params(municipality.value(), number.value(), municipality.value(), number.value());
		};
		return statement.query((rs, row) -> new ClientId(rs.getObject(1, UUID.class))).stream().collect(Collectors.toSet());
	}
}
