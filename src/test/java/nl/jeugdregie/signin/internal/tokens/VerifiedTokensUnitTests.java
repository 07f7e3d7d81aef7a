package nl.jeugdregie.signin.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** Issue 19 P1, ADR 0053: a verified token is used without a lookup for a few seconds, and no longer. */
class VerifiedTokensUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
	private static final UserDetails ACCOUNT = User.withUsername("koppeling").password("-").roles("TEAM_LEAD").build();

	private final VerifiedTokens verified = new VerifiedTokens(new ApiTokenSettings(Duration.ofDays(90), Duration.ofSeconds(5)));

	@Test
	@DisplayName("Issue 19 P1: a token verified less than the kept time ago is taken from memory, with its account")
	void keepsAVerifiedTokenForTheKeptTime() {
		verified.keep("0123456789abcdef", "hash", ACCOUNT, NOW.plus(Duration.ofDays(1)), NOW);

		var recent = verified.recent("0123456789abcdef", NOW.plusMillis(4_999));

		assertThat(recent).isNotNull();
		assertThat(recent.account()).isSameAs(ACCOUNT);
		assertThat(recent.secretHash()).isEqualTo("hash");
	}

	@Test
	@DisplayName("Issue 19 P1: after the kept time the token is looked up again")
	void looksATokenUpAgainAfterTheKeptTime() {
		verified.keep("0123456789abcdef", "hash", ACCOUNT, NOW.plus(Duration.ofDays(1)), NOW);

		assertThat(verified.recent("0123456789abcdef", NOW.plusSeconds(5))).isNull();
		assertThat(verified.recent("0123456789abcdef", NOW)).as("dropped once stale").isNull();
	}

	@Test
	@DisplayName("Issue 19 P1: a token that expires within the kept time is not taken from memory after its expiry")
	void neverOutlivesTheTokensExpiry() {
		verified.keep("0123456789abcdef", "hash", ACCOUNT, NOW.plusSeconds(2), NOW);

		assertThat(verified.recent("0123456789abcdef", NOW.plusSeconds(1))).isNotNull();
		assertThat(verified.recent("0123456789abcdef", NOW.plusSeconds(2))).isNull();
	}

	@Test
	@DisplayName("Issue 19 P1: a revoked token is forgotten at once")
	void forgetsARevokedToken() {
		verified.keep("0123456789abcdef", "hash", ACCOUNT, NOW.plus(Duration.ofDays(1)), NOW);

		verified.forget("0123456789abcdef");

		assertThat(verified.recent("0123456789abcdef", NOW)).isNull();
	}

	@Test
	@DisplayName("Issue 19 P1: with a kept time of 0 every call looks its token up")
	void keepsNothingWithAKeptTimeOfZero() {
		var never = new VerifiedTokens(new ApiTokenSettings(Duration.ofDays(90), Duration.ZERO));

		never.keep("0123456789abcdef", "hash", ACCOUNT, NOW.plus(Duration.ofDays(1)), NOW);

		assertThat(never.recent("0123456789abcdef", NOW)).isNull();
	}
}
