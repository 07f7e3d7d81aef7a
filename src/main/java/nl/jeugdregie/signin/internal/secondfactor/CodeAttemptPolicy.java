package nl.jeugdregie.signin.internal.secondfactor;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wrong codes are throttled like wrong passwords (ADR 0020): at {@code maxFailures} wrong codes in a row the second
 * step is locked for {@code lockout}, so the million possible codes cannot be tried. A right code clears the count;
 * failures older than a lockout period are forgotten.
 */
record CodeAttemptPolicy(int maxFailures, Duration lockout) {

	CodeAttemptPolicy {
		if (maxFailures < 1 || !lockout.isPositive()) {
			throw new IllegalArgumentException("A code throttle needs at least one try and a lockout period");
		}
	}

	/** The count of failures in force: none when they are a lockout period old or a lock has ended. */
	Attempts current(Attempts attempts, Instant now) {
		if (attempts.lockedUntil() != null) {
			return now.isBefore(attempts.lockedUntil()) ? attempts : Attempts.NONE;
		}
		if (attempts.lastFailureAt() == null || !now.isBefore(attempts.lastFailureAt().plus(lockout))) {
			return Attempts.NONE;
		}
		return attempts;
	}

	boolean locked(Attempts attempts, Instant now) {
		return current(attempts, now).lockedUntil() != null;
	}

	Attempts afterFailure(Attempts attempts, Instant now) {
		var failures = current(attempts, now).failures() + 1;
		return new Attempts(failures, now, failures >= maxFailures ? now.plus(lockout) : null);
	}

	/** The wrong codes counted for one account, and the lock they led to. */
	record Attempts(int failures, @Nullable Instant lastFailureAt, @Nullable Instant lockedUntil) {

		static final Attempts NONE = new Attempts(0, null, null);

		Attempts {
			if (failures < 0) {
				throw new IllegalArgumentException("failures");
			}
		}
	}
}
