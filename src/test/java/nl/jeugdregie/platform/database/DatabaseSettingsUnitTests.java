package nl.jeugdregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

@DisplayName("Issue 19: the size of the connection pool; the embedded server's settings")
class DatabaseSettingsUnitTests {

	@Test
	void usesTenConnectionsUnlessConfigured() {
		assertThat(new DatabaseSettings(null, null, null, null, null).poolSize()).isEqualTo(10);
		assertThat(new DatabaseSettings(null, null, null, null, 24).poolSize()).isEqualTo(24);
	}

	@Test
	void refusesAPoolTooSmallForARequestAndAnEventListenerAtOnce() {
		assertThatThrownBy(() -> new DatabaseSettings(null, null, null, null, 1))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool-size");
	}

	@Test
	void passesServerSettingsToTheEmbeddedServerWithTheirUnderscoresKept() {
		var source = new MapConfigurationPropertySource(Map.of(
				"jeugdregie.db.embedded.server-settings[shared_preload_libraries]", "pg_stat_statements"));
		var settings = new Binder(source).bind("jeugdregie.db", DatabaseSettings.class).get();

		assertThat(settings.embedded().serverSettings()).containsExactly(Map.entry("shared_preload_libraries",
				"pg_stat_statements"));
		assertThat(new DatabaseSettings(null, null, null, null, null).embedded().serverSettings()).isEmpty();
	}

	@Test
	void startsTheEmbeddedServerWithCommitsOnDiskUnlessSwitchedOff() {
		var defaults = new DatabaseSettings(null, null, null, null, null).embedded();
		assertThat(defaults.startSettings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");

		var source = new MapConfigurationPropertySource(Map.of("jeugdregie.db.embedded.durable", "false",
				"jeugdregie.db.embedded.server-settings[synchronous_commit]", "local"));
		var tests = new Binder(source).bind("jeugdregie.db", DatabaseSettings.class).get().embedded();
		assertThat(tests.startSettings()).containsEntry("fsync", "off").containsEntry("synchronous_commit", "local");
	}
}
