package nl.jeugdregie.intake.internal.file;

import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The help request directory on intake's own table: number, municipality and team only. */
@Repository
class JdbcHelpRequestDirectory implements HelpRequestDirectory {

	private final JdbcClient jdbc;

	JdbcHelpRequestDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
}
