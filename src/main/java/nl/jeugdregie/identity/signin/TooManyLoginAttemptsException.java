package nl.jeugdregie.identity.signin;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before its password was checked, because its source address has asked for more password
 * checks than it may per second. Whoever guards the login throws it; identity's API door answers it with
 * 429 Too Many Requests and {@code Retry-After}, the login form like any refused login. It says nothing about
 * the account, so it cannot tell whether one exists.
 */
public class TooManyLoginAttemptsException extends AuthenticationException {

	private final Duration retryAfter;

	public TooManyLoginAttemptsException(Duration retryAfter) {
		super("Too many password checks from this address");
		this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
	}

	/** How long until the address may try again. */
	public Duration retryAfter() {
		return retryAfter;
	}

	/** The whole seconds for {@code Retry-After}: at least one. */
	public long retryAfterSeconds() {
		var seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}
}
