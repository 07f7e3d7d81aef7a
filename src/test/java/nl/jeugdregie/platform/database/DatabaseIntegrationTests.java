package nl.jeugdregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.UUID;
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
	void keepsDataInTheEmbeddedDataDirectoryAcrossARestart(@TempDir Path data) {
		var marker = UUID.randomUUID().toString();
		try (var first = start("--jeugdregie.db.embedded.data-directory=" + data)) {
			jdbc(first).sql("insert into municipality (code, name) values ('7777', ?)").param(marker).update();
		}
		try (var second = start("--jeugdregie.db.embedded.data-directory=" + data)) {
			assertThat(jdbc(second).sql("select name from municipality where code = '7777'").query(String.class).single())
					.isEqualTo(marker);
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
