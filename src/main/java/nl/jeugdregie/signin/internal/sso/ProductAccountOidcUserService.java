package nl.jeugdregie.signin.internal.sso;

import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.UserAccounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who someone is comes from the provider; what they may do from the product: the signed-in person must have an
 * active account with the same username in the municipality whose provider vouched for them. Roles and team are
 * the account's, never a claim's, so a provider cannot grant more than the municipality's administrator did.
 */
class ProductAccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_ACCOUNT = "geen_account";

	private final OidcUserService delegate = new OidcUserService();
	private final UserAccounts accounts;
	private final JdbcIdentityProviders providers;

	ProductAccountOidcUserService(UserAccounts accounts, JdbcIdentityProviders providers) {
		this.accounts = accounts;
		this.providers = providers;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		var user = delegate.loadUser(request);
		var municipality = MunicipalClientRegistrations.municipalityOf(request.getClientRegistration().getRegistrationId());
		var claim = providers.of(municipality).map(IdentityProvider::usernameClaim).orElse("preferred_username");
		String username = user.getClaimAsString(claim);
		if (username == null || username.isBlank() || accountIn(username, municipality) == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT));
		}
		return user;
	}

	private CurrentUser accountIn(String username, nl.jeugdregie.identity.MunicipalityCode municipality) {
		return accounts.find(username).filter(account -> account.municipality().equals(municipality)).orElse(null);
	}
}
