package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestSummary;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The help request directory on intake's own table: number, municipality, team and pseudonymous client only. */
@Repository
class JdbcHelpRequestDirectory implements HelpRequestDirectory {

	private final JdbcClient jdbc;
	private final JdbcHelpRequests requests;

	JdbcHelpRequestDirectory(JdbcClient jdbc, JdbcHelpRequests requests) {
		this.jdbc = jdbc;
		this.requests = requests;
	}

	@Override
	public Optional<HelpRequestSummary> find(HelpRequestId id) {
		return jdbc.sql("select id, number, municipality_code, team_id from help_request where id = ?")
				.param(id.value())
				.query((rs, row) -> new HelpRequestSummary(new HelpRequestId(rs.getObject("id", UUID.class)),
						rs.getString("number"), new MunicipalityCode(rs.getString("municipality_code")),
						new TeamId(rs.getObject("team_id", UUID.class))))
				.optional();
	}

	@Override
	public Optional<ClientId> youngPersonOf(HelpRequestId id) {
		return jdbc.sql("select client_id from help_request where id = ?").param(id.value())
				.query((rs, row) -> new ClientId(rs.getObject(1, UUID.class))).optional();
	}

	@Override
	public Optional<ClientId> youngPersonWithBsn(MunicipalityCode municipality, String bsn) {
		return requests.clientWithBsn(municipality, bsn);
	}

	@Override
	public Optional<Integer> ageOn(HelpRequestId id, LocalDate day) {
		return jdbc.sql("select date_of_birth from help_request where id = ? and date_of_birth is not null").param(id.value())
				.query((rs, row) -> rs.getObject(1, LocalDate.class)).optional()
				.map(born -> born.isAfter(day) ? 0 : Period.between(born, day).getYears());
	}
}
