package nl.jeugdregie.steering.internal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-6: a meeting rhythm has a frequency of at least 1. */
class MeetingFrequencyPolicyUnitTests {

	private final MeetingFrequencyPolicy check = new MeetingFrequencyPolicy();

	@Test
	@DisplayName("STU-6: refuses a frequency of zero or below")
	void refusesAFrequencyOfZeroOrBelow() {
		assertThat(check.check(0, null)).extracting(Refusal::field, Refusal::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("frequency", "steering.refusal.frequency.outOfRange"));
		assertThat(check.check(-3, null)).extracting(Refusal::code).containsExactly("steering.refusal.frequency.outOfRange");
	}

	@Test
	void refusesAMissingFrequencyAndOneAboveFiftyTwo() {
		assertThat(check.check(null, null)).extracting(Refusal::code).containsExactly("steering.refusal.frequency.missing");
		assertThat(check.check(53, null)).extracting(Refusal::code).containsExactly("steering.refusal.frequency.outOfRange");
	}

	@Test
	void refusesAnAnchorMonthOutsideTheYear() {
		assertThat(check.check(1, 13)).extracting(Refusal::code).containsExactly("steering.refusal.anchorMonth.outOfRange");
		assertThat(check.check(1, 0)).extracting(Refusal::code).containsExactly("steering.refusal.anchorMonth.outOfRange");
	}

	@Test
	@DisplayName("STU-6: accepts the memo's rhythm (every 3 and 6 weeks, 4 and 1 times a year around July)")
	void acceptsTheMemosRhythm() {
		assertThat(check.check(3, null)).isEmpty();
		assertThat(check.check(6, null)).isEmpty();
		assertThat(check.check(4, null)).isEmpty();
		assertThat(check.check(1, 7)).isEmpty();
		assertThat(check.check(52, null)).isEmpty();
	}
}
