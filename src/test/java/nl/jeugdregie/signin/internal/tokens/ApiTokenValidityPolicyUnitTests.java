package nl.jeugdregie.signin.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 19 item 5: an API token expires, after one day at least and the configured maximum at most")
class ApiTokenValidityPolicyUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

	private final ApiTokenValidityPolicy policy = new ApiTokenValidityPolicy(Duration.ofDays(90));

	@Test
	void givesTheMaximumWhenNoValidityIsAskedFor() {
		assertThat(policy.expiry(NOW, null)).contains(NOW.plus(Duration.ofDays(90)));
		assertThat(policy.maxDays()).isEqualTo(90);
	}

	@Test
	void givesTheDaysAskedForFromOneToTheMaximum() {
		assertThat(policy.expiry(NOW, 1)).contains(NOW.plus(Duration.ofDays(1)));
		assertThat(policy.expiry(NOW, 90)).contains(NOW.plus(Duration.ofDays(90)));
	}

	@Test
	void refusesLessThanADayOrMoreThanTheMaximum() {
		assertThat(policy.expiry(NOW, 0)).isEmpty();
		assertThat(policy.expiry(NOW, -5)).isEmpty();
		assertThat(policy.expiry(NOW, 91)).isEmpty();
		assertThat(policy.expiry(NOW, Integer.MAX_VALUE)).isEmpty();
	}

	@Test
	void refusesAMaximumShorterThanADay() {
		assertThatThrownBy(() -> new ApiTokenValidityPolicy(Duration.ofHours(23)))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
