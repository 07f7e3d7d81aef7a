package nl.jeugdregie.intake.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TOE-1: the optional BSN of a young person must pass the eleven-test. */
class BsnUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "123456782", "111222333", "999999990", "010000008" })
	void acceptsNumbersPassingTheElevenTest(String bsn) {
		assertThat(Bsn.isValid(bsn)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "12345678", "1234567820", "12345678a", "000000000", "" })
	void refusesNumbersFailingTheElevenTestOrTheFormat(String bsn) {
		assertThat(Bsn.isValid(bsn)).isFalse();
	}

	@Test
	void normalisesWrittenFormsAndRestoresALeadingZero() {
		assertThat(Bsn.normalise("1234.56.782")).isEqualTo("123456782");
		assertThat(Bsn.normalise("10000008")).isEqualTo("010000008");
	}

	@Test
	void neverShowsTheNumberInItsTextForm() {
		assertThat(new Bsn("123456782").toString()).doesNotContain("123456782");
		assertThatIllegalArgumentException().isThrownBy(() -> new Bsn("123456789"));
	}
}
