package nl.jeugdregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.JeugdregieApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Both ways to run: the embedded PostgreSQL keeps its data across a restart; with JEUGDREGIE_DB_URL the
 * application uses an external server instead and migrates it with Flyway.
 */
class DatabaseIntegrationTests {

	@Test
	void keepsRegisteredRequestsInTheEmbeddedDataDirectoryAcrossARestartWithEveryCommitOnDisk(@TempDir Path data) {
		HelpRequestId registered;
		try (var first = start("--jeugdregie.db.embedded.data-directory=" + data)) {
			// Kept data are committed to disk: not zonky's defaults for throwaway data (no fsync, commits not awaited).
			assertThat(jdbc(first).sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc(first).sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			var municipality = new MunicipalityCode("7777");
			var teams = first.getBean(Teams.class);
			teams.registerMunicipality(municipality, "Herstartgemeente");
			var team = teams.createTeam(municipality, "CJG Herstart");
			var professional = first.getBean(UserAccounts.class).create(new NewUserAccount("herstart", "wachtwoord-herstart",
					"Herstart", Role.YOUTH_PROFESSIONAL, municipality, team.id()));
			var result = first.getBean(HelpRequestRegistration.class).register(new RegisterHelpRequest("Bram", "Vos",
					LocalDate.of(2015, 5, 5), null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag."), professional,
					Instant.now());
			registered = ((RegistrationResult.Registered) result).id();
		}
		try (var second = start("--jeugdregie.db.embedded.data-directory=" + data)) {
			assertThat(jdbc(second).sql("select family_name from help_request where id = ?").param(registered.value())
					.query(String.class).single()).isEqualTo("Vos");
		}
	}

	@Test
	void usesAnExternalServerWhenAUrlIsConfigured(@TempDir Path external) throws Exception {
		try (var server = EmbeddedPostgres.builder().setDataDirectory(external).setCleanDataDirectory(true).start()) {
			var url = server.getJdbcUrl("postgres", "postgres");
			try (var context = start("--jeugdregie.db.url=" + url, "--jeugdregie.db.user=postgres",
					"--jeugdregie.db.password=unused")) {
				assertThat(jdbc(context).sql("select inet_server_port()").query(Integer.class).single())
						.isEqualTo(server.getPort());
			}
			try (var direct = server.getPostgresDatabase().getConnection();
					var result = direct.createStatement().executeQuery(
							"select count(*) from flyway_schema_history where success")) {
				result.next();
				assertThat(result.getInt(1)).isGreaterThanOrEqualTo(5);
			}
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(JeugdregieApplication.class)
				.web(WebApplicationType.SERVLET)
				.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn")
				.run(args);
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}
}
