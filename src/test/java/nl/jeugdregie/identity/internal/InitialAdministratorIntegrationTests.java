package nl.jeugdregie.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.UserAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@DisplayName("Issue 14: JEUGDREGIE_ADMIN_PASSWORD enters a new installation; with JEUGDREGIE_ADMIN_REGION as its regional administrator (ADR 0042)")
class InitialAdministratorIntegrationTests {

	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired TestFixtures fixtures;

	@Test
	void createsTheMunicipalityAdministratorWithoutARegion() {
		var world = fixtures.newWorld();
		var username = "start-" + UUID.randomUUID().toString().substring(0, 8);
		run(username, world.municipality().value(), "");
		assertThat(roleOf(username)).isEqualTo("ADMINISTRATOR");
	}

	@Test
	@DisplayName("Issue 14 item 2: with a region, the account is the regional administrator and her municipality joins the region")
	void createsTheRegionalAdministratorWithARegion() {
		var world = fixtures.newWorld();
		var username = "regio-" + UUID.randomUUID().toString().substring(0, 8);
		run(username, world.municipality().value(), "noordoost-brabant");
		assertThat(roleOf(username)).isEqualTo("REGIONAL_ADMINISTRATOR");
		assertThat(jdbc.sql("select region_code from municipality where code = ?").param(world.municipality().value())
				.query(String.class).single()).isEqualTo("noordoost-brabant");
		// Started again, nothing changes: the account exists.
		run(username, world.municipality().value(), "noordoost-brabant");
		assertThat(roleOf(username)).isEqualTo("REGIONAL_ADMINISTRATOR");
	}

	@Test
	void refusesToStartWithAnUnknownRegion() {
		var world = fixtures.newWorld();
		assertThatThrownBy(() -> run("regio-onbekend", world.municipality().value(), "atlantis"))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("atlantis");
		assertThat(accounts.exists("regio-onbekend")).isFalse();
	}

	private void run(String username, String municipality, String region) {
		new InitialAdministrator(accounts, jdbc, "een lang startwachtwoord", username, municipality, region)
				.run(new DefaultApplicationArguments());
	}

	private String roleOf(String username) {
		return jdbc.sql("select role from app_user where username = ?").param(username).query(String.class).single();
	}
}
