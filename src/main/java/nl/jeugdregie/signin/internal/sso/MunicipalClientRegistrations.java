package nl.jeugdregie.signin.internal.sso;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The OpenID Connect client registrations, one per municipality with a provider, read from the administrator's
 * settings rather than from properties: a municipality sets up or changes its provider without a restart. The
 * provider's discovery document is fetched at the first login after a change and kept per settings version.
 */
class MunicipalClientRegistrations implements ClientRegistrationRepository {

	private static final String PREFIX = "gemeente-";

	private record Cached(long version, ClientRegistration registration) {}

	private final JdbcIdentityProviders providers;
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	MunicipalClientRegistrations(JdbcIdentityProviders providers) {
		this.providers = providers;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		if (!registrationId.startsWith(PREFIX) || !registrationId.substring(PREFIX.length()).matches("\\d{4}")) {
			return null;
		}
		var provider = providers.of(new MunicipalityCode(registrationId.substring(PREFIX.length())))
				.filter(IdentityProvider::enabled).orElse(null);
		if (provider == null) {
			return null;
		}
		var cached = cache.get(registrationId);
		if (cached != null && cached.version() == provider.version()) {
			return cached.registration();
		}
		var registration = ClientRegistrations.fromIssuerLocation(provider.issuer().toString())
				.registrationId(registrationId)
				.clientName(provider.displayName())
				.clientId(provider.clientId())
				.clientSecret(provider.clientSecret())
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope("openid", "profile")
				.userNameAttributeName(provider.usernameClaim())
				.build();
		cache.put(registrationId, new Cached(provider.version(), registration));
		return registration;
	}

	/** The municipality a registration belongs to. */
	static MunicipalityCode municipalityOf(String registrationId) {
		return new MunicipalityCode(registrationId.substring(PREFIX.length()));
	}
}
