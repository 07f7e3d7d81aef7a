package nl.jeugdregie.signin.internal.protection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jeugdregie.login.*}: the limits on failed logins per account and per source address, the budget of
 * password verifications per address and second, and how long a verified password is remembered for Basic calls.
 * The defaults are in application.yml and the README; the policies refuse impossible values at start-up.
 */
@ConfigurationProperties("jeugdregie.login")
record LoginProtectionSettings(int maxFailures, Duration firstDelay, Duration maxDelay, Duration lockout,
		int addressMaxFailures, Duration addressFirstDelay, Duration addressLockout, int verificationsPerSecond,
		Duration rememberVerified) {

	LoginThrottlePolicy accountPolicy() {
		return new LoginThrottlePolicy(maxFailures, firstDelay, maxDelay, lockout);
	}

	LoginThrottlePolicy addressPolicy() {
		return new LoginThrottlePolicy(addressMaxFailures, addressFirstDelay, maxDelay.compareTo(addressFirstDelay) < 0
				? addressFirstDelay : maxDelay, addressLockout);
	}
}
