package nl.jeugdregie.signin.internal.secondfactor;

import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import nl.jeugdregie.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jeugdregie.second-factor.*} (ADR 0040): the roles that must log in with a code, how many wrong codes lock the
 * second step and for how long, the name the authenticator app shows, and the key (Base64, 256 bits) that seals the
 * stored secrets; without a key one is made and kept in the database.
 */
@ConfigurationProperties("jeugdregie.second-factor")
record SecondFactorSettings(Set<Role> requiredFor, int maxFailures, Duration lockout, String issuer, @Nullable String key) {

	SecondFactorSettings {
		if (maxFailures < 1 || !lockout.isPositive() || issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException("The second step needs at least one try, a lockout period and an issuer");
		}
		requiredFor = Set.copyOf(requiredFor);
		if (key != null && !key.isBlank() && Base64.getDecoder().decode(key.strip()).length != 32) {
			throw new IllegalArgumentException("jeugdregie.second-factor.key is 32 bytes in Base64");
		}
	}

	CodeAttemptPolicy attempts() {
		return new CodeAttemptPolicy(maxFailures, lockout);
	}
}
