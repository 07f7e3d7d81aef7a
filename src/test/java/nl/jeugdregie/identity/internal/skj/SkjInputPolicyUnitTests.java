package nl.jeugdregie.identity.internal.skj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jeugdregie.identity.SkjRegistration;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-1: an SKJ registration is a number of digits with the date it runs until; both empty removes it. */
class SkjInputPolicyUnitTests {

	private static final LocalDate UNTIL = LocalDate.of(2027, 3, 1);
	private final SkjInputPolicy policy = new SkjInputPolicy();

	@Test
	@DisplayName("SEC-1: digits with a date are accepted, and both empty (removing it) too")
	void acceptsDigitsWithADate() {
		assertThat(policy.check(new SkjInput(" 100012345 ", UNTIL))).isEmpty();
		assertThat(policy.check(new SkjInput("", null))).isEmpty();
	}

	@Test
	@DisplayName("SEC-1: letters, spaces or too few digits in the number are refused next to the field")
	void refusesANumberThatIsNotDigits() {
		for (var number : new String[] { "SKJ12345", "1000 12345", "1234", "1234567890123" }) {
			assertThat(policy.check(new SkjInput(number, UNTIL))).map(Refusal::code).hasValue("identity.skj.numberDigits");
		}
	}

	@Test
	@DisplayName("SEC-1: a number without a date, or a date without a number, is refused")
	void refusesHalfARegistration() {
		assertThat(policy.all(new SkjInput("100012345", null))).extracting(Refusal::field).containsExactly("skjRegisteredUntil");
		assertThat(policy.all(new SkjInput(null, UNTIL))).extracting(Refusal::field).containsExactly("skjNumber");
	}

	@Test
	@DisplayName("SEC-1: the registration knows when it has ended and whether it ends within a horizon")
	void knowsItsEnd() {
		var registration = new SkjRegistration("100012345", UNTIL);
		assertThat(registration.expiredOn(UNTIL)).isFalse();
		assertThat(registration.expiredOn(UNTIL.plusDays(1))).isTrue();
		assertThat(registration.endsBy(UNTIL.minusMonths(3), UNTIL)).isTrue();
		assertThat(registration.endsBy(UNTIL.minusMonths(3).minusDays(1), UNTIL.minusDays(1))).isFalse();
		assertThatThrownBy(() -> new SkjRegistration("12ab5", UNTIL)).isInstanceOf(IllegalArgumentException.class);
	}
}
