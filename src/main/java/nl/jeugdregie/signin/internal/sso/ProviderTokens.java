package nl.jeugdregie.signin.internal.sso;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Access tokens from the municipalities' providers on the API. Only issuers an administrator set up are trusted;
 * the token must be signed by the issuer's keys, current, and meant for Jeugdregie (its audience or authorised party
 * is the client id the municipality registered). It then acts as the product account with the token's username
 * (for a system's client-credentials token: the account named after the client), in that account's municipality,
 * which must be one that trusts this issuer.
 */
class ProviderTokens {

	private final JdbcIdentityProviders providers;
	private final UserDetailsService users;
	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	ProviderTokens(JdbcIdentityProviders providers, UserDetailsService users) {
		this.providers = providers;
		this.users = users;
	}

	/** The manager for a trusted issuer; null (refused) for any other. */
	@Nullable AuthenticationManager managerFor(String issuer) {
		if (!providers.trusts(issuer)) {
			return null;
		}
		return managers.computeIfAbsent(issuer, this::newManager);
	}

	private AuthenticationManager newManager(String issuer) {
		var decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				forJeugdregie(issuer)));
		var provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(jwt -> {
			var account = accountOf(jwt, issuer);
			return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
		});
		return provider::authenticate;
	}

	private OAuth2TokenValidator<Jwt> forJeugdregie(String issuer) {
		return jwt -> {
			var clients = providers.clientIdsOf(issuer);
			var audience = jwt.getAudience() == null ? java.util.List.<String>of() : jwt.getAudience();
			var authorisedParty = jwt.getClaimAsString("azp");
			if (audience.stream().anyMatch(clients::contains) || authorisedParty != null && clients.contains(authorisedParty)) {
				return OAuth2TokenValidatorResult.success();
			}
			return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Not meant for Jeugdregie", null));
		};
	}

	private UserDetails accountOf(Jwt jwt, String issuer) {
		var username = jwt.getClaimAsString(providers.usernameClaimOf(issuer));
		if (username != null && username.startsWith("service-account-")) {
			// Keycloak names a client-credentials token's user after the client; the account is the client's name.
			username = username.substring("service-account-".length());
		}
		if (username == null || username.isBlank()) {
			username = jwt.getClaimAsString("azp");
		}
		if (username == null) {
			throw new InvalidBearerTokenException("The token names no user");
		}
		try {
			var account = users.loadUserByUsername(username);
			if (!account.isEnabled() || !providers.trustedFor(issuer, username)) {
				throw new InvalidBearerTokenException("The account is not active or not of a municipality trusting this issuer");
			}
			return account;
		}
		catch (UsernameNotFoundException unknown) {
			throw new InvalidBearerTokenException("No account for the token's user");
		}
	}
}
