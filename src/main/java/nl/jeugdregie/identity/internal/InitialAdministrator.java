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
import org.springframework.stereotype.Component;

/**
 * Lets a new installation be entered: when {@code JEUGDREGIE_ADMIN_PASSWORD} is set and the account does not
 * exist yet, creates the application administrator {@code JEUGDREGIE_ADMIN_USERNAME} (default
 * {@code beheerder}) for municipality {@code JEUGDREGIE_ADMIN_MUNICIPALITY} (default Oss, 0828).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo data, which has its own administrator
class InitialAdministrator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts accounts;
	private final @Nullable String password;
	private final String username;
	private final String municipality;

	InitialAdministrator(UserAccounts accounts, @Value("${jeugdregie.admin.password:}") @Nullable String password,
			@Value("${jeugdregie.admin.username:beheerder}") String username,
			@Value("${jeugdregie.admin.municipality:0828}") String municipality) {
		this.accounts = accounts;
		this.password = password;
		this.username = username;
		this.municipality = municipality;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (password == null || password.isBlank() || accounts.exists(username)) {
			return;
		}
		accounts.create(new NewUserAccount(username, password, "Applicatiebeheerder", Role.ADMINISTRATOR,
				new MunicipalityCode(municipality), null));
		LOG.info("Initial application administrator created");
	}
}
