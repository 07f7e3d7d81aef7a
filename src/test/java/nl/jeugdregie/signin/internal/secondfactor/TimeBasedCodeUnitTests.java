package nl.jeugdregie.signin.internal.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14 item 3 (ADR 0040): RFC 6238 codes, the window of one step either side, and no code accepted twice. */
class TimeBasedCodeUnitTests {

	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "at {0} s the SHA-1 code is {1}")
	@DisplayName("Issue 14.3: the test vectors of RFC 6238 appendix B (HMAC-SHA1, 8 digits)")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfcTestVectors(long seconds, String expected) {
		var step = TimeBasedCode.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(TimeBasedCode.code(RFC_SECRET, step, "HmacSHA1", 8)).isEqualTo(expected);
		// The six digits the apps show are the last six of the same number.
		assertThat(TimeBasedCode.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
	}

	@Test
	@DisplayName("Issue 14.3: a code of the step before or after now is accepted, one further away is not")
	void acceptsOneStepEitherSide() {
		var now = 1_000L;
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now - 1), now, 0)).hasValue(now - 1);
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now), now, 0)).hasValue(now);
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now + 1), now, 0)).hasValue(now + 1);
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now - 2), now, 0)).isEmpty();
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now + 2), now, 0)).isEmpty();
	}

	@Test
	@DisplayName("Issue 14.3: a code already used, or one older than the last used, is refused (replay)")
	void refusesACodeUsedBefore() {
		var now = 1_000L;
		var code = TimeBasedCode.code(RFC_SECRET, now);
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, code, now, now)).isEmpty();
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now - 1), now, now)).isEmpty();
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, TimeBasedCode.code(RFC_SECRET, now + 1), now, now)).hasValue(now + 1);
	}

	@Test
	@DisplayName("Issue 14.3: anything but six digits is no code")
	void refusesMalformedCodes() {
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, "12345", 1, 0)).isEmpty();
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, "1234567", 1, 0)).isEmpty();
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, "12a456", 1, 0)).isEmpty();
		assertThat(TimeBasedCode.matchingStep(RFC_SECRET, "", 1, 0)).isEmpty();
	}

	@Test
	@DisplayName("Issue 14.3: Base32 as RFC 4648 gives it, and the otpauth URI the apps read")
	void encodesTheSecretForTheApps() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		var secret = new SecondFactorSecret(RFC_SECRET);
		assertThat(secret.otpauthUri("Jeugdregie", "beheer oss")).isEqualTo("otpauth://totp/Jeugdregie:beheer%20oss?secret="
				+ "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Jeugdregie&algorithm=SHA1&digits=6&period=30");
		assertThat(secret.forTyping()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
		assertThat(secret.toString()).doesNotContain("GEZD");
	}

	@Test
	@DisplayName("Issue 14.3: a sealed secret opens with the key for its own account only")
	void sealsSecretsPerAccount() {
		var sealing = new SecretSealing(SecretSealing.newKey());
		var secret = SecondFactorSecret.generate();
		var sealed = sealing.seal(secret, "beheerder");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(new String(secret.bytes(), StandardCharsets.ISO_8859_1));
		assertThat(sealing.open(sealed, "beheerder")).isEqualTo(secret);
		assertThatThrownBy(() -> sealing.open(sealed, "iemand-anders")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SecretSealing(SecretSealing.newKey()).open(sealed, "beheerder"))
				.isInstanceOf(IllegalStateException.class);
	}
}
