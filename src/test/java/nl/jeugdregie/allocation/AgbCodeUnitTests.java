package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-3: an AGB code is eight digits with a kind of provider and a number")
class AgbCodeUnitTests {

	@Test
	void acceptsEightDigitsWithAKindAndANumber() {
		assertThat(AgbCode.isValid("98123456")).isTrue();
		assertThat(AgbCode.parse(" 98.12.34.56 ")).contains(new AgbCode("98123456"));
	}

	@Test
	void refusesOtherLengthsLettersAndCodesVektisNeverIssues() {
		assertThat(AgbCode.isValid("9812345")).isFalse();
		assertThat(AgbCode.isValid("981234567")).isFalse();
		assertThat(AgbCode.isValid("98A23456")).isFalse();
		assertThat(AgbCode.isValid("00123456")).as("kind of provider 00").isFalse();
		assertThat(AgbCode.isValid("98000000")).as("number 000000").isFalse();
		assertThat(AgbCode.parse(null)).isEmpty();
		assertThatThrownBy(() -> new AgbCode("1234")).isInstanceOf(IllegalArgumentException.class);
	}
}
