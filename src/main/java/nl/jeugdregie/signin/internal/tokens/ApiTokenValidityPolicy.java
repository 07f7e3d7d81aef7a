package nl.jeugdregie.signin.internal.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long an API token is valid: at least one day and at most {@code maxValidity} (configurable, 90 days by
 * default); without a wish, the maximum. A token that never expires would outlive the reason it was issued.
 */
record ApiTokenValidityPolicy(Duration maxValidity) {

	ApiTokenValidityPolicy {
		if (maxValidity.compareTo(Duration.ofDays(1)) < 0) {
			throw new IllegalArgumentException("API tokens are valid for at least one day");
		}
	}

	long maxDays() {
		return maxValidity.toDays();
	}

	/** The expiry for a token issued at {@code now} valid for {@code days}; empty when that is not allowed. */
	Optional<Instant> expiry(Instant now, @Nullable Integer days) {
		if (days == null) {
			return Optional.of(now.plus(maxValidity));
		}
		if (days < 1 || Duration.ofDays(days).compareTo(maxValidity) > 0) {
			return Optional.empty();
		}
		return Optional.of(now.plus(Duration.ofDays(days)));
	}
}
