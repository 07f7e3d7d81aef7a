package nl.jeugdregie.signin.internal.sso;

import java.net.URI;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * A municipality's OpenID Connect provider as the administrator set it up. The secret never leaves the server: it
 * is not shown on screens or in the API, only whether one is set.
 */
record IdentityProvider(MunicipalityCode municipality, String displayName, URI issuer, String clientId,
		String clientSecret, String usernameClaim, boolean enabled, boolean localLoginEnabled, long version) {

	/** The registration id in Spring Security's redirect URIs: one per municipality. */
	static String registrationId(MunicipalityCode municipality) {
		return "gemeente-" + municipality.value();
	}

	String registrationId() {
		return registrationId(municipality);
	}
}
