package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.intake.ClientsForMessaging;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** TOEW-7: BSN, date of birth and name of a help request's young person for the outgoing JW301 (read-only). */
@Component
class JdbcClientsForMessaging implements ClientsForMessaging {

	private final JdbcClient jdbc;

	JdbcClientsForMessaging(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ClientData> client(MunicipalityCode municipality, HelpRequestId helpRequest) {
		return jdbc.sql("""
				select bsn, date_of_birth, given_name, family_name from help_request where id = ? and municipality_code = ?""")
				.params(helpRequest.value(), municipality.value())
				.query((rs, n) -> new ClientData(rs.getString(1) == null || rs.getString(1).isBlank() ? null : rs.getString(1).strip(),
						rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
				.optional();
	}
}
