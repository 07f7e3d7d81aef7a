package nl.jeugdregie.signin.internal.tokens;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * Issues an API token for a test account, straight into the store (as the administrator's page would, without its
 * audit row), so tests can call the API as an account that may not use HTTP Basic (ADR 0040).
 */
public final class TestApiTokens {

	private TestApiTokens() {}

	/** A token for {@code username}, valid 90 days from the application's clock; the value to send after "Bearer ". */
	public static String issue(ApplicationContext context, String username) {
		var token = ApiTokenSecret.generate();
		var now = context.getBean(Clock.class).instant();
		context.getBean(JdbcApiTokens.class).insert(token, username, "Test", "test", now, now.plus(Duration.ofDays(90)));
		return token.value();
	}
}
