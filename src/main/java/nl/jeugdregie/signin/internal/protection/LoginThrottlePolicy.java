package nl.jeugdregie.signin.internal.protection;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * OWASP ASVS V2.2: after each failed login the next try must wait longer (the first delay, doubled per
 * further failure, at most {@code maxDelay}); at {@code maxFailures} failures the account or address is locked
 * for {@code lockout}. Failures are forgotten when the last one is a lockout period old, or when a lock ends.
 * All times are given by the caller, from the application's clock.
 */
record LoginThrottlePolicy(int maxFailures, Duration firstDelay, Duration maxDelay, Duration lockout) {

	LoginThrottlePolicy {
		if (maxFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || !lockout.isPositive()) {
			throw new IllegalArgumentException("A login throttle needs at least one failure, delays and a lockout period");
		}
	}

	/** Whether a try at {@code now} may check the password, given the failures counted so far. */
	ThrottleVerdict verdict(@Nullable FailureState state, Instant now) {
		var current = current(state, now);
		if (current == null) {
			return new ThrottleVerdict.Allowed();
		}
		if (current.lockedUntil() != null) {
			return new ThrottleVerdict.Locked(current.lockedUntil());
		}
		var allowedFrom = current.lastFailureAt().plus(delayAfter(current.failures()));
		return now.isBefore(allowedFrom) ? new ThrottleVerdict.Delayed(allowedFrom) : new ThrottleVerdict.Allowed();
	}

	/**
	 * The state after one more failure at {@code now}: locked once the count reaches {@code maxFailures}. A failure
	 * while a lock is in force (a try that was let through just before the lock began) counts, but neither extends
	 * nor renews the lock.
	 */
	FailureState afterFailure(@Nullable FailureState state, Instant now) {
		var current = current(state, now);
		if (current == null) {
			return new FailureState(1, now, maxFailures == 1 ? now.plus(lockout) : null);
		}
		var failures = current.failures() + 1;
		if (current.lockedUntil() != null) {
			return new FailureState(failures, now, current.lockedUntil());
		}
		return new FailureState(failures, now, failures >= maxFailures ? now.plus(lockout) : null);
	}

	/** Whether going from {@code before} to {@code after} at {@code now} began a lock (and not continued one). */
	boolean locks(@Nullable FailureState before, FailureState after, Instant now) {
		return after.lockedUntil() != null && now.isBefore(after.lockedUntil())
				&& !(verdict(before, now) instanceof ThrottleVerdict.Locked);
	}

	/** The wait after {@code failures} failures: the first delay, doubled per failure after the first. */
	Duration delayAfter(int failures) {
		if (failures < 1 || firstDelay.isZero()) {
			return Duration.ZERO;
		}
		// Past 2^20 the cap has long been reached; stop doubling before the arithmetic overflows.
		var factor = 1L << Math.min(failures - 1, 20);
		var delay = firstDelay.multipliedBy(factor);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	/** The state still in force at {@code now}: null when there was none, the lock ended or the failures aged. */
	private @Nullable FailureState current(@Nullable FailureState state, Instant now) {
		if (state == null) {
			return null;
		}
		if (state.lockedUntil() != null) {
			return now.isBefore(state.lockedUntil()) ? state : null;
		}
		return now.isBefore(state.lastFailureAt().plus(lockout)) ? state : null;
	}
}
