package nl.jeugdregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pages show who did something by display name, also after the account was disabled. */
@IntegrationTest
class StaffNamesIntegrationTests {

	@Autowired StaffNames names;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("shows a colleague's display name instead of the username, also once the account is disabled")
	void showsTheDisplayNameAlsoOfADisabledAccount() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		assertThat(names.of(professional.username())).isEqualTo("Test Jeugdprofessional");

		jdbc.sql("update app_user set enabled = false where username = ?").param(professional.username()).update();
		assertThat(names.of(professional.username())).isEqualTo("Test Jeugdprofessional");
	}

	@Test
	void showsAnythingThatIsNoAccountAsItIs() {
		assertThat(names.of("migratie")).isEqualTo("migratie");
		assertThat(names.of(null)).isEmpty();
	}
}
