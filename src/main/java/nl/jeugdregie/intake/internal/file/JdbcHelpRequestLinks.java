package nl.jeugdregie.intake.internal.file;

import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.schools.HelpRequestLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * OND-7: tells the schools module whether a help request it links to a child out of school is held by the
 * municipality. Existence only; nothing of the file is read, so nothing needs auditing here.
 */
@Component
class JdbcHelpRequestLinks implements HelpRequestLinks {

	private final JdbcClient jdbc;

	JdbcHelpRequestLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isHeldBy(MunicipalityCode municipality, UUID helpRequestId) {
		return jdbc.sql("select count(*) from help_request where id = ? and municipality_code = ?")
				.params(helpRequestId, municipality.value()).query(Long.class).single() > 0;
	}
}
