package nl.jeugdregie.platform.database;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data live. Without a URL the application runs its own embedded PostgreSQL; the
 * environment variables {@code JEUGDREGIE_DB_URL}, {@code JEUGDREGIE_DB_USER} and
 * {@code JEUGDREGIE_DB_PASSWORD} (or Spring's {@code spring.datasource.*}) select an external server.
 *
 * @param url JDBC URL of an external PostgreSQL server, if any
 * @param user user name for the external server
 * @param password password for the external server
 * @param embedded settings for the embedded server
 * @param poolSize the most connections the application holds at once ({@code JEUGDREGIE_DB_POOL_SIZE}, default
 *        {@value #DEFAULT_POOL_SIZE}); why that suffices is in docs/architecture.md, "Connections"
 */
@ConfigurationProperties("jeugdregie.db")
record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password, Embedded embedded,
		@Nullable Integer poolSize) {

	static final int DEFAULT_POOL_SIZE = 10;

	DatabaseSettings {
		embedded = embedded == null ? new Embedded(null, false, true, null) : embedded;
		poolSize = poolSize == null ? DEFAULT_POOL_SIZE : poolSize;
		if (poolSize < 2) {
			throw new IllegalArgumentException("jeugdregie.db.pool-size must be at least 2, was " + poolSize);
		}
	}

	boolean external() {
		return url != null && !url.isBlank();
	}

	/**
	 * @param dataDirectory where the embedded server keeps its files ({@code ./data} by default)
	 * @param cleanOnStart whether to start from an empty cluster (tests), instead of keeping the data
	 * @param durable whether a commit waits until it is on disk (default true: the data survive a restart, so they must
	 *        survive a power cut too); the tests, whose data are thrown away, switch it off for speed
	 * @param serverSettings PostgreSQL settings for the server, on top of the defaults (e.g. the P4 benchmark's
	 *        {@code server-settings[shared_preload_libraries]=pg_stat_statements}); a key in brackets keeps its underscores
	 */
	record Embedded(@Nullable String dataDirectory, boolean cleanOnStart, @DefaultValue("true") boolean durable,
			@Nullable Map<String, String> serverSettings) {

		Embedded {
			serverSettings = serverSettings == null ? Map.of() : Map.copyOf(serverSettings);
		}

		/**
		 * The settings the server starts with. The embedded server's own defaults are made for throwaway test data
		 * ({@code fsync} off, {@code synchronous_commit} off): a crash of the machine could lose committed care records
		 * or corrupt the cluster. Durable, both are on; a setting of {@code serverSettings} still wins.
		 */
		Map<String, String> startSettings() {
			var start = new java.util.LinkedHashMap<String, String>();
			var on = durable ? "on" : "off";
			start.put("fsync", on);
			start.put("synchronous_commit", on);
			start.putAll(serverSettings);
			return start;
		}

		String dataDirectoryOrDefault() {
			return dataDirectory == null || dataDirectory.isBlank() ? "data/postgres" : dataDirectory;
		}
	}
}
