package nl.jeugdregie.signin.internal.sso;

import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.stereotype.Component;

/**
 * Whether a municipality still lets its people log in with a password of the product. Switched off by the
 * administrator once everyone logs in through the municipality's provider; API tokens of systems still work.
 */
@Component
public class LocalLogin {

	private final JdbcIdentityProviders providers;

	LocalLogin(JdbcIdentityProviders providers) {
		this.providers = providers;
	}

	public boolean allowedIn(MunicipalityCode municipality) {
		return providers.localLoginAllowed(municipality);
	}
}
