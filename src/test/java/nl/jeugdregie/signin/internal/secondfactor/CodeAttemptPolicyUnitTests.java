package nl.jeugdregie.signin.internal.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.jeugdregie.signin.internal.secondfactor.CodeAttemptPolicy.Attempts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14 item 3 (ADR 0040): wrong codes are throttled like wrong passwords. */
class CodeAttemptPolicyUnitTests {

	private final CodeAttemptPolicy policy = new CodeAttemptPolicy(3, Duration.ofMinutes(15));
	private final Instant now = Instant.parse("2026-11-16T09:00:00Z");

	@Test
	@DisplayName("Issue 14.3: the third wrong code in a row locks the second step for the lockout period")
	void locksAtTheMaximum() {
		var attempts = Attempts.NONE;
		for (var i = 0; i < 2; i++) {
			attempts = policy.afterFailure(attempts, now);
			assertThat(policy.locked(attempts, now)).isFalse();
		}
		attempts = policy.afterFailure(attempts, now);
		assertThat(attempts.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
		assertThat(policy.locked(attempts, now.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(policy.locked(attempts, now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	@DisplayName("Issue 14.3: wrong codes a lockout period old are forgotten, and a lock that ended counts nothing")
	void forgetsOldFailures() {
		var attempts = policy.afterFailure(policy.afterFailure(Attempts.NONE, now), now);
		assertThat(policy.afterFailure(attempts, now.plus(Duration.ofMinutes(16))).failures()).isEqualTo(1);
		var locked = policy.afterFailure(attempts, now);
		assertThat(policy.current(locked, now.plus(Duration.ofMinutes(15)))).isEqualTo(Attempts.NONE);
	}

	@Test
	@DisplayName("Issue 14.3: a throttle without tries or lockout is refused at start-up")
	void refusesImpossibleSettings() {
		assertThatThrownBy(() -> new CodeAttemptPolicy(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CodeAttemptPolicy(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}
}
