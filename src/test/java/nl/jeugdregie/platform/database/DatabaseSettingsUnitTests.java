package nl.jeugdregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 19: the size of the connection pool")
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
}
