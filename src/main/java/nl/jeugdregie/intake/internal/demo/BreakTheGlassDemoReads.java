package nl.jeugdregie.intake.internal.demo;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: a few colleagues open files of another team with a reason ("break the glass", SEC-2), through the
 * file-opening step, so the lead of CJG Oss Noord (user {@code teamleider}) and the privacy officer ({@code privacy})
 * find reads on the review list. Runs once: skipped when these reads are in the trail already.
 */
@Component
@Profile("demo")
@Order(20)
class BreakTheGlassDemoReads implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(BreakTheGlassDemoReads.class);
	private static final List<String> REASONS = List.of(
			"Waarneming: de collega van Noord is deze week op vakantie en de moeder belde.",
			"Vraag van Veilig Thuis over dit gezin; ik wil weten wie de regie heeft.",
			"Ik behandel de broer; afstemming over het gezinsplan.");

	private final ReasonedFileReads reads;
	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final String municipality;

	BreakTheGlassDemoReads(ReasonedFileReads reads, UserAccounts accounts, JdbcClient jdbc,
			@Value("${jeugdregie.demo.municipality:0828}") String municipality) {
		this.reads = reads;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.municipality = municipality;
	}

	@Override
	public void run(ApplicationArguments args) {
		var reader = accounts.find("professional.zuid.1");
		var lead = accounts.find("teamleider");
		if (reader.isEmpty() || lead.isEmpty() || lead.get().team() == null
				|| jdbc.sql("select count(*) from audit_event where municipality_code = ? and reason = ?")
						.params(municipality, REASONS.getFirst()).query(Long.class).single() > 0) {
			return;
		}
		var files = jdbc.sql("select id from help_request where municipality_code = ? and team_id = ? and state <> 'CLOSED' order by number desc limit ?")
				.params(municipality, lead.get().team().value(), REASONS.size())
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
