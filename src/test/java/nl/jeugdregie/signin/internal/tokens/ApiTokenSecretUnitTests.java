package nl.jeugdregie.signin.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Issue 19 item 5: an API token is jr_<id>_<secret>, stored only as the SHA-256 hash of its secret")
class ApiTokenSecretUnitTests {

	@Test
	void generatesTokensInTheFormatWithA64BitIdAnd256BitSecret() {
		var token = ApiTokenSecret.generate();

		assertThat(token.value()).matches("jr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
		assertThat(token.value()).isEqualTo("jr_" + token.id() + "_" + token.secret());
	}

	@Test
	void generatesADifferentTokenEachTime() {
		var values = new HashSet<String>();
		for (int i = 0; i < 1000; i++) {
			values.add(ApiTokenSecret.generate().value());
		}
		assertThat(values).hasSize(1000);
	}

	@Test
	void parsesWhatItGenerated() {
		var token = ApiTokenSecret.generate();

		assertThat(ApiTokenSecret.parse(token.value())).contains(token);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "jr_", "jr_0123456789abcdef", "jr_0123456789abcdef_",
			"xx_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
			"jr_0123456789ABCDEF_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
			"jr_0123456789abcde_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
			"jr_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP",
			"jr_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR",
			"jr_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP=",
			"jr_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP+",
			" jr_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
			"jr_0123456789abcdef_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ\n" })
	void rejectsAnythingElse(String value) {
		assertThat(ApiTokenSecret.parse(value)).isEmpty();
	}

	@Test
	void recognisesAnIdOnlyInItsFormat() {
		assertThat(ApiTokenSecret.isId(ApiTokenSecret.generate().id())).isTrue();
		assertThat(ApiTokenSecret.isId("0123456789ABCDEF")).isFalse();
		assertThat(ApiTokenSecret.isId("0123456789abcde\u0000")).isFalse();
		assertThat(ApiTokenSecret.isId("")).isFalse();
	}

	@Test
	void refusesToBeBuiltFromAMalformedIdOrSecret() {
		assertThatThrownBy(() -> new ApiTokenSecret("0123", "abc")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void hashesTheSecretWithSha256InHex() throws Exception {
		var token = ApiTokenSecret.generate();

		var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.secret().getBytes(StandardCharsets.US_ASCII)));
		assertThat(token.secretHash()).isEqualTo(expected).hasSize(64).doesNotContain(token.secret());
	}

	@Test
	void matchesOnlyItsOwnHash() {
		var token = ApiTokenSecret.generate();
		var other = ApiTokenSecret.generate();

		assertThat(token.matches(token.secretHash())).isTrue();
		assertThat(token.matches(other.secretHash())).isFalse();
		assertThat(token.matches(token.secretHash().substring(1))).isFalse();
		assertThat(token.matches("")).isFalse();
	}

	@Test
	void neverShowsTheSecretInItsDescription() {
		var token = ApiTokenSecret.generate();

		assertThat(token.toString()).contains(token.id()).doesNotContain(token.secret());
	}
}
