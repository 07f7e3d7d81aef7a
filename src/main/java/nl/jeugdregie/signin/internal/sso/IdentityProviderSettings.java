package nl.jeugdregie.signin.internal.sso;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator types to set up the municipality's provider. {@link #refusals()} says what is wrong, per
 * field; an empty secret on a change keeps the secret that is set.
 */
record IdentityProviderSettings(@Nullable String displayName, @Nullable String issuer, @Nullable String clientId,
		@Nullable String clientSecret, @Nullable String usernameClaim, boolean enabled, boolean localLoginEnabled) {

	List<Refusal> refusals(boolean secretAlreadySet) {
		var refusals = new ArrayList<Refusal>();
		if (blank(displayName) || displayName.strip().length() > 80) {
			refusals.add(Refusal.of("displayName", "sso.displayName.required"));
		}
		if (!validIssuer(issuer)) {
			refusals.add(Refusal.of("issuer", "sso.issuer.invalid"));
		}
		if (blank(clientId) || clientId.strip().length() > 200) {
			refusals.add(Refusal.of("clientId", "sso.clientId.required"));
		}
		if (blank(clientSecret) ? !secretAlreadySet : clientSecret.strip().length() > 500) {
			refusals.add(Refusal.of("clientSecret", "sso.clientSecret.required"));
		}
		if (!blank(usernameClaim) && !usernameClaim.strip().matches("[A-Za-z0-9_.:-]{1,100}")) {
			refusals.add(Refusal.of("usernameClaim", "sso.usernameClaim.invalid"));
		}
		if (!enabled && !localLoginEnabled) {
			refusals.add(Refusal.of("localLoginEnabled", "sso.noWayIn"));
		}
		return refusals;
	}

	String claim() {
		return blank(usernameClaim) ? "preferred_username" : usernameClaim.strip();
	}

	private static boolean validIssuer(@Nullable String issuer) {
		if (blank(issuer) || issuer.strip().contains(" ")) {
			return false;
		}
		try {
			var uri = URI.create(issuer.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null;
		}
		catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
