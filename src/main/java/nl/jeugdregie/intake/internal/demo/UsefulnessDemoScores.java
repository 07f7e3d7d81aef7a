package nl.jeugdregie.intake.internal.demo;

import java.util.Random;
import java.util.UUID;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.UsefulnessScored.Respondent;
import nl.jeugdregie.intake.internal.usefulness.UsefulnessScoreService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import nl.jeugdregie.platform.startup.StartupTask;

/**
 * Demo only: parents and young people score the usefulness of part of gemeente Oss's closed help requests (MON-3
 * satisfaction, MON-4 "Tevreden cliënten"), after the demo module generated them (gemeente Oss unless configured otherwise). Through the service, so the rules
 * and the audit apply as for real work; deterministic from a seed; runs once (skipped when Oss has scores).
 */
@Component
@Profile("demo")
@Order(10)
class UsefulnessDemoScores implements StartupTask {

	private static final Logger LOG = LoggerFactory.getLogger(UsefulnessDemoScores.class);
	// Mostly satisfied, some not: the spread a CJG typically sees.
	private static final int[] SCORES = { 9, 8, 8, 7, 7, 7, 8, 6, 9, 10, 5, 7, 8, 4, 8, 6 };

	private final UsefulnessScoreService scores;
	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final String municipality;

	UsefulnessDemoScores(UsefulnessScoreService scores, UserAccounts accounts, JdbcClient jdbc,
			@Value("${jeugdregie.demo.municipality:0828}") String municipality) {
		this.scores = scores;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.municipality = municipality;
	}

	@Override
	public void start() {
		if (jdbc.sql("select count(*) from usefulness_score s join help_request r on r.id = s.help_request_id where r.municipality_code = ?")
				.param(municipality).query(Long.class).single() > 0) {
			return;
		}
		var random = new Random(20261204L);
		var closed = jdbc.sql("select id, team_id from help_request where municipality_code = ? and state = 'CLOSED' order by number")
				.param(municipality)
				.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
				.list();
		var scored = 0;
		for (var row : closed) {
			if (random.nextInt(100) >= 45) {
				continue; // not every family answers
			}
			var team = new TeamId((UUID) row[1]);
			var professional = accounts.ofTeam(team).stream().filter(u -> u.role() == Role.YOUTH_PROFESSIONAL).findFirst();
			if (professional.isEmpty()) {
				continue;
			}
			var id = new HelpRequestId((UUID) row[0]);
			scores.record(id, Respondent.PARENT, SCORES[random.nextInt(SCORES.length)], professional.get());
			scored++;
			if (random.nextInt(100) < 30) {
				scores.record(id, Respondent.YOUNG_PERSON, SCORES[random.nextInt(SCORES.length)], professional.get());
				scored++;
			}
		}
		LOG.info("Demo usefulness scores recorded for municipality {}: {}", municipality, scored);
	}
}
