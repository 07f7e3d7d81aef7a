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
		if (settings.external()) {
			return pool(settings.url(), settings.user(), settings.password());
		}
		if (springUrl != null && !springUrl.isBlank()) {
			return pool(springUrl, environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password"));
		}
		return embedded(settings.embedded());
	}

	private static DataSource embedded(DatabaseSettings.Embedded settings) {
		var dataDirectory = Path.of(settings.dataDirectoryOrDefault());
		var postgres = EmbeddedPostgresServer.acquire(dataDirectory, settings.cleanOnStart());
		var url = postgres.getJdbcUrl("postgres", "postgres");
		return new HikariDataSource(config(url, "postgres", null)) {
			@Override
			public void close() {
				super.close();
				EmbeddedPostgresServer.release(dataDirectory);
			}
		};
	}

	private static DataSource pool(String url, String user, String password) {
		return new HikariDataSource(config(url, user, password));
	}

	private static HikariConfig config(String url, String user, String password) {
		var config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(10);
		config.setPoolName("jeugdregie");
		return config;
	}
}
