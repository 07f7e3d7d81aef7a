package nl.jeugdregie.signin.internal.protection;

import java.time.Instant;

/** Whether a login may be tried now. */
sealed interface ThrottleVerdict {

	/** The password may be checked. */
	record Allowed() implements ThrottleVerdict {}

	/** Too soon after the last failure: refused without checking the password until {@code until}. */
	record Delayed(Instant until) implements ThrottleVerdict {}

	/** Too many failures: blocked until {@code until}, or until the administrator lifts the block. */
	record Locked(Instant until) implements ThrottleVerdict {}
}
