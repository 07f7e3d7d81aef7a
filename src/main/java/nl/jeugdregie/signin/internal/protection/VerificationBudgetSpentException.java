package nl.jeugdregie.signin.internal.protection;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** The source address asked for more password verifications than its budget allows. */
class VerificationBudgetSpentException extends AuthenticationException {

	private final Duration retryAfter;

	VerificationBudgetSpentException(Duration retryAfter) {
		super("Too many password verifications from this address");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}
}
