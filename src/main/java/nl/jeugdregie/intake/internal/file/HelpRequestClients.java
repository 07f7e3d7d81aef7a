package nl.jeugdregie.intake.internal.file;

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
 * Which young person a BSN or a help request number names, for the privacy officer's overview of accesses (SEC-2):
 * the client id only, never the request's content.
 */
@Component
class HelpRequestClients implements ClientDirectory {

	private final JdbcClient jdbc;

	HelpRequestClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<ClientId> clientsOf(MunicipalityCode municipality, ClientReference reference) {
		var statement = switch (reference) {
			case ClientReference.Bsn bsn -> jdbc.sql("select distinct client_id from help_request where municipality_code = ? and bsn = ?")
					.params(municipality.value(), bsn.value());
			case ClientReference.CaseNumber number -> jdbc.sql("select client_id from help_request where municipality_code = ? and number = ?")
					.params(municipality.value(), number.value());
		};
		return statement.query((rs, row) -> new ClientId(rs.getObject(1, UUID.class))).stream().collect(Collectors.toSet());
	}
}
