package nl.jeugdregie.identity.internal;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a new installation be entered: when {@code JEUGDREGIE_ADMIN_PASSWORD} is set and the account does not
 * exist yet, creates the application administrator {@code JEUGDREGIE_ADMIN_USERNAME} (default
 * {@code beheerder}) for municipality {@code JEUGDREGIE_ADMIN_MUNICIPALITY} (default Oss, 0828).
 * <p>
 * A regional installation (ADR 0042) also sets {@code JEUGDREGIE_ADMIN_REGION} to a known region's code (such as
 * {@code noordoost-brabant}): the account is then the regional administrator, who adds the region's municipalities
 * and their first administrators; the municipality joins that region when it has none. An unknown region stops the
 * start, as a mistyped setting should.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo data, which has its own administrator
class InitialAdministrator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final @Nullable String password;
	private final String username;
	private final String municipality;
	private final @Nullable String region;

	InitialAdministrator(UserAccounts accounts, JdbcClient jdbc,
			@Value("${jeugdregie.admin.password:}") @Nullable String password,
			@Value("${jeugdregie.admin.username:beheerder}") String username,
			@Value("${jeugdregie.admin.municipality:0828}") String municipality,
			@Value("${jeugdregie.admin.region:}") @Nullable String region) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.password = password;
		this.username = username;
		this.municipality = municipality;
		this.region = region == null || region.isBlank() ? null : region.strip();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (password == null || password.isBlank() || accounts.exists(username)) {
			return;
		}
		var code = new MunicipalityCode(municipality);
		if (region == null) {
			accounts.create(new NewUserAccount(username, password, "Applicatiebeheerder", Role.ADMINISTRATOR, code, null));
			LOG.info("Initial application administrator created");
			return;
		}
		var known = jdbc.sql("select count(*) from region where code = ?").param(region).query(Long.class).single();
		if (known == 0) {
			throw new IllegalStateException("JEUGDREGIE_ADMIN_REGION names no known region: " + region);
		}
		jdbc.sql("update municipality set region_code = ? where code = ? and region_code is null")
				.params(region, code.value()).update();
		accounts.create(new NewUserAccount(username, password, "Regiobeheerder", Role.REGIONAL_ADMINISTRATOR, code, null));
		LOG.info("Initial regional administrator created");
	}
}
