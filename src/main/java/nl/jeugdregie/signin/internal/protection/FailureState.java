package nl.jeugdregie.signin.internal.protection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The failed logins counted for one account or one address: how many, the last one, and a lock if any. */
record FailureState(int failures, Instant lastFailureAt, @Nullable Instant lockedUntil) {

	FailureState {
		if (failures < 1) {
			throw new IllegalArgumentException("A failure state counts at least one failure");
		}
	}
}
