package nl.jeugdregie.signin.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 19 item 5: a Basic client pays bcrypt once per few minutes, not per call")
class RecentVerificationsUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
	private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

	@Test
	void remembersAVerifiedPasswordUntilItsTimeHasPassed() {
		var clock = new MovingClock(NOW);
		var recent = new RecentVerifications(Duration.ofMinutes(5), clock);
		recent.remember("jdevries", "goed-wachtwoord", HASH);

		clock.now = NOW.plus(Duration.ofMinutes(5)).minusNanos(1);
		assertThat(recent.mayKnow("jdevries")).isTrue();
		assertThat(recent.verified("jdevries", "goed-wachtwoord", HASH)).isTrue();
		clock.now = NOW.plus(Duration.ofMinutes(5));
		assertThat(recent.mayKnow("jdevries")).isFalse();
		assertThat(recent.verified("jdevries", "goed-wachtwoord", HASH)).isFalse();
	}

	@Test
	void doesNotMatchAnotherPasswordAChangedHashOrAForgottenAccount() {
		var recent = new RecentVerifications(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
		recent.remember("jdevries", "goed-wachtwoord", HASH);

		assertThat(recent.verified("jdevries", "fout-wachtwoord", HASH)).isFalse();
		assertThat(recent.verified("jdevries", "goed-wachtwoord", HASH + "x")).isFalse();
		assertThat(recent.verified("pjansen", "goed-wachtwoord", HASH)).isFalse();
		assertThat(recent.mayKnow("pjansen")).isFalse();
		recent.forget("jdevries");
		assertThat(recent.verified("jdevries", "goed-wachtwoord", HASH)).isFalse();
	}

	@Test
	void remembersNothingWhenTheSettingIsZero() {
		var recent = new RecentVerifications(Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));
		recent.remember("jdevries", "goed-wachtwoord", HASH);

		assertThat(recent.verified("jdevries", "goed-wachtwoord", HASH)).isFalse();
	}

	/** A clock a test moves. */
	static final class MovingClock extends Clock {

		Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
