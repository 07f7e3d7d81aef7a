package nl.jeugdregie.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Connects to an external PostgreSQL server when one is configured, and otherwise starts the
 * embedded one whose data survive a restart. PostgreSQL is the only database (ADR 0003).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DataSource dataSource(DatabaseSettings settings, Environment environment) {
		var springUrl = environment.getProperty("spring.datasource.url");
		var poolSize = settings.poolSize();
		if (settings.external()) {
			return pool(settings.url(), settings.user(), settings.password(), poolSize);
		}
		if (springUrl != null && !springUrl.isBlank()) {
			return pool(springUrl, environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password"), poolSize);
		}
		return embedded(settings.embedded(), poolSize);
	}

	private static DataSource embedded(DatabaseSettings.Embedded settings, int poolSize) {
		var dataDirectory = Path.of(settings.dataDirectoryOrDefault());
		var postgres = EmbeddedPostgresServer.acquire(dataDirectory, settings.cleanOnStart(), settings.startSettings());
		var url = postgres.getJdbcUrl("postgres", "postgres");
		return new HikariDataSource(config(url, "postgres", null, poolSize)) {
			@Override
			public void close() {
				super.close();
				EmbeddedPostgresServer.release(dataDirectory);
			}
		};
	}

	private static DataSource pool(String url, String user, String password, int poolSize) {
		return new HikariDataSource(config(url, user, password, poolSize));
	}

	/**
	 * A fixed pool: every request and every event listener holds at most one connection at a time, for one short
	 * transaction (ADR 0019), so a few connections serve many concurrent users. See docs/architecture.md.
	 */
	private static HikariConfig config(String url, String user, String password, int poolSize) {
		var config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("jeugdregie");
		return config;
	}
}
