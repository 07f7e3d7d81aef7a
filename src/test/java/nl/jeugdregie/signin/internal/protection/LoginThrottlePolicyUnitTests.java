package nl.jeugdregie.signin.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 19 item 4 (OWASP ASVS V2.2): a growing delay and a temporary lockout after failed logins")
class LoginThrottlePolicyUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
	private static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), LOCKOUT);

	@Test
	void allowsAFirstTry() {
		assertThat(policy.verdict(null, NOW)).isEqualTo(new ThrottleVerdict.Allowed());
	}

	@Test
	void doublesTheDelayPerFailureUpToTheMaximum() {
		assertThat(policy.delayAfter(0)).isZero();
		assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void refusesATryUntilTheDelayAfterTheLastFailureHasPassed() {
		var afterTwo = policy.afterFailure(policy.afterFailure(null, NOW), NOW);

		assertThat(afterTwo.failures()).isEqualTo(2);
		assertThat(policy.verdict(afterTwo, NOW.plusMillis(1999)))
				.isEqualTo(new ThrottleVerdict.Delayed(NOW.plusSeconds(2)));
		assertThat(policy.verdict(afterTwo, NOW.plusSeconds(2))).isEqualTo(new ThrottleVerdict.Allowed());
	}

	@Test
	void locksAtTheMaximumNumberOfFailuresAndLiftsTheLockExactlyWhenItEnds() {
		var state = failures(5, NOW);

		assertThat(state.lockedUntil()).isEqualTo(NOW.plus(LOCKOUT));
		assertThat(policy.verdict(state, NOW.plus(LOCKOUT).minusNanos(1)))
				.isEqualTo(new ThrottleVerdict.Locked(NOW.plus(LOCKOUT)));
		assertThat(policy.verdict(state, NOW.plus(LOCKOUT))).isEqualTo(new ThrottleVerdict.Allowed());
	}

	@Test
	void doesNotLockBeforeTheMaximum() {
		assertThat(failures(4, NOW).lockedUntil()).isNull();
	}

	@Test
	void startsCountingAgainAfterALockHasEnded() {
		var afterLock = policy.afterFailure(failures(5, NOW), NOW.plus(LOCKOUT));

		assertThat(afterLock.failures()).isEqualTo(1);
		assertThat(afterLock.lockedUntil()).isNull();
	}

	@Test
	void forgetsFailuresWhenTheLastOneIsALockoutPeriodOld() {
		var four = failures(4, NOW);

		assertThat(policy.verdict(four, NOW.plus(LOCKOUT))).isEqualTo(new ThrottleVerdict.Allowed());
		assertThat(policy.afterFailure(four, NOW.plus(LOCKOUT)).failures()).isEqualTo(1);
		assertThat(policy.afterFailure(four, NOW.plus(LOCKOUT).minusSeconds(1)).failures()).isEqualTo(5);
	}

	@Test
	void countsAFailureDuringALockWithoutExtendingOrRenewingIt() {
		var locked = failures(5, NOW);
		var later = NOW.plusSeconds(30);

		var sixth = policy.afterFailure(locked, later);

		assertThat(sixth.failures()).isEqualTo(6);
		assertThat(sixth.lockedUntil()).isEqualTo(NOW.plus(LOCKOUT));
		assertThat(policy.locks(locked, sixth, later)).isFalse();
		assertThat(policy.locks(failures(4, NOW), locked, NOW)).isTrue();
		assertThat(policy.locks(failures(3, NOW), failures(4, NOW), NOW)).isFalse();
	}

	@Test
	void locksAtOnceWhenOneFailureIsTheMaximum() {
		var strict = new LoginThrottlePolicy(1, Duration.ZERO, Duration.ZERO, LOCKOUT);

		var first = strict.afterFailure(null, NOW);

		assertThat(first.lockedUntil()).isEqualTo(NOW.plus(LOCKOUT));
		assertThat(strict.locks(null, first, NOW)).isTrue();
	}

	@Test
	void hasNoDelayWhenTheFirstDelayIsZero() {
		var noDelay = new LoginThrottlePolicy(5, Duration.ZERO, Duration.ofMinutes(1), LOCKOUT);

		assertThat(noDelay.verdict(noDelay.afterFailure(null, NOW), NOW)).isEqualTo(new ThrottleVerdict.Allowed());
	}

	@Test
	void refusesSettingsThatCannotWork() {
		assertThatThrownBy(() -> new LoginThrottlePolicy(0, Duration.ZERO, Duration.ZERO, LOCKOUT))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottlePolicy(5, Duration.ofSeconds(-1), Duration.ZERO, LOCKOUT))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottlePolicy(5, Duration.ofMinutes(2), Duration.ofMinutes(1), LOCKOUT))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottlePolicy(5, Duration.ZERO, Duration.ZERO, Duration.ZERO))
				.isInstanceOf(IllegalArgumentException.class);
	}

	private FailureState failures(int count, Instant at) {
		FailureState state = null;
		for (int i = 0; i < count; i++) {
			state = policy.afterFailure(state, at);
		}
		return state;
	}
}
