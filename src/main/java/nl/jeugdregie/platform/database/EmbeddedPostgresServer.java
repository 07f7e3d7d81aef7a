package nl.jeugdregie.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Several Spring contexts (as in a
 * test run) share the server; it stops when the last one releases it.
 */
final class EmbeddedPostgresServer {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, Running> SERVERS = new HashMap<>();

	private record Running(EmbeddedPostgres postgres, int users) {}

	private EmbeddedPostgresServer() {}

	static synchronized EmbeddedPostgres acquire(Path dataDirectory, boolean cleanOnStart, Map<String, String> settings) {
		var key = dataDirectory.toAbsolutePath().normalize();
		var running = SERVERS.get(key);
		if (running == null) {
			running = new Running(start(key, cleanOnStart, settings), 0);
		}
		SERVERS.put(key, new Running(running.postgres(), running.users() + 1));
		return running.postgres();
	}

	static synchronized void release(Path dataDirectory) {
		var key = dataDirectory.toAbsolutePath().normalize();
		var running = SERVERS.get(key);
		if (running == null) {
			return;
		}
		if (running.users() > 1) {
			SERVERS.put(key, new Running(running.postgres(), running.users() - 1));
			return;
		}
		SERVERS.remove(key);
		try {
			running.postgres().close();
		} catch (IOException e) {
			LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}

	private static EmbeddedPostgres start(Path dataDirectory, boolean cleanOnStart, Map<String, String> settings) {
		try {
			Files.createDirectories(dataDirectory);
			LOG.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
			var builder = EmbeddedPostgres.builder();
			settings.forEach(builder::setServerConfig);
			return builder
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(cleanOnStart)
					// Spring closes the data source, and with it the server, when the context closes.
					.setRegisterShutdownHook(false)
					.setServerConfig("timezone", "UTC")
					.setLocaleConfig("encoding", "UTF8")
					.setPGStartupWait(java.time.Duration.ofSeconds(60))
					.start();
		} catch (IOException e) {
			throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDirectory, e);
		}
	}
}
