package nl.jeugdregie.intake.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SEC-2: the demo's reads with a reason go through the file-opening step onto the first team's review list, once. */
@IntegrationTest
class BreakTheGlassDemoReadsIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ReasonedFileReads reads;
	@Autowired Teams teams;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("SEC-2: the demo puts three reads with a reason from another team on the review list, and only once")
	void putsReadsWithAReasonOnTheReviewListOnce() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		for (var i = 0; i < 4; i++) {
			registration.register(new RegisterHelpRequest("Kind", "Demo" + i, LocalDate.of(2014, 3, 3), null, null, null,
					Channel.PHONE, Referrer.PARENT, "Opvoedvragen."), professional, Instant.parse("2026-11-09T09:00:00Z"));
		}
		var demo = new BreakTheGlassDemoReads(reads, teams, accounts, jdbc, world.municipality().value());

		demo.start();
		demo.start();

		assertThat(jdbc.sql("select count(*) from access_review where municipality_code = ? and team_id = ?")
				.params(world.municipality().value(), world.team().id().value()).query(Long.class).single()).isEqualTo(3);
	}
}
