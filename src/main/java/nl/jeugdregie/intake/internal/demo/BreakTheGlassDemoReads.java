package nl.jeugdregie.intake.internal.demo;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import nl.jeugdregie.platform.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: a youth professional of another team opens a few open files of CJG Oss Noord with a reason ("break
 * the glass", SEC-2), through the file-opening step, so its lead (user {@code teamleider}) and the privacy officer
 * ({@code privacy}) find reads on the review list. Runs once: skipped when these reads are in the trail already.
 */
@Component
@Profile("demo")
@Order(20)
class BreakTheGlassDemoReads implements StartupTask {

	private static final Logger LOG = LoggerFactory.getLogger(BreakTheGlassDemoReads.class);
	private static final List<String> REASONS = List.of(
			"Waarneming: de collega van Noord is deze week op vakantie en de moeder belde.",
			"Vraag van Veilig Thuis over dit gezin; ik wil weten wie de regie heeft.",
			"Ik behandel de broer; afstemming over het gezinsplan.");

	private final ReasonedFileReads reads;
	private final Teams teams;
	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final String municipality;

	BreakTheGlassDemoReads(ReasonedFileReads reads, Teams teams, UserAccounts accounts, JdbcClient jdbc,
			@Value("${jeugdregie.demo.municipality:0828}") String municipality) {
		this.reads = reads;
		this.teams = teams;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.municipality = municipality;
	}

	@Override
	public void start() {
		var code = new MunicipalityCode(municipality);
		var teamsOfMunicipality = teams.ofMunicipality(code);
		if (teamsOfMunicipality.size() < 2
				|| jdbc.sql("select count(*) from audit_event where municipality_code = ? and reason = ?")
						.params(municipality, REASONS.getFirst()).query(Long.class).single() > 0) {
			return;
		}
		// The files of the demo lead's team (CJG Oss Noord in Oss), else of the municipality's first team.
		var fileTeam = accounts.find("teamleider").map(CurrentUser::team)
				.filter(team -> teamsOfMunicipality.stream().anyMatch(t -> t.id().equals(team)))
				.orElse(teamsOfMunicipality.getFirst().id());
		var reader = teamsOfMunicipality.stream().filter(team -> !team.id().equals(fileTeam))
				.flatMap(team -> accounts.ofTeam(team.id()).stream())
				.filter(user -> user.role() == Role.YOUTH_PROFESSIONAL).findFirst();
		if (reader.isEmpty()) {
			return;
		}
		var files = jdbc.sql("select id from help_request where municipality_code = ? and team_id = ? and state <> 'CLOSED' order by number desc limit ?")
				.params(municipality, fileTeam.value(), REASONS.size())
				.query((rs, n) -> new HelpRequestId(rs.getObject(1, UUID.class))).list();
		var opened = 0;
		for (var i = 0; i < files.size(); i++) {
			if (reads.open(files.get(i), reader.get(), REASONS.get(i))) {
				opened++;
			}
		}
		LOG.info("Demo reads with a reason recorded for municipality {}: {}", municipality, opened);
	}
}
