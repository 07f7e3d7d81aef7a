package nl.jeugdregie.steering.internal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-6: a meeting is dated within the assignment's time. */
class MeetingDatePolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private final MeetingDatePolicy check = new MeetingDatePolicy();

	@Test
	@DisplayName("STU-6: refuses a meeting dated before the assignment year")
	void refusesAMeetingBeforeTheAssignmentYear() {
		assertThat(check.check(LocalDate.of(2025, 12, 31), 2026, TODAY)).extracting(Refusal::field, Refusal::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("date", "steering.refusal.date.beforeAssignment"));
	}

	@Test
	void acceptsTheFirstDayOfTheAssignmentYearAndLaterYears() {
		assertThat(check.check(LocalDate.of(2026, 1, 1), 2026, TODAY)).isEmpty();
		assertThat(check.check(LocalDate.of(2026, 12, 7), 2021, TODAY)).isEmpty();
	}

	@Test
	void refusesAMissingDateAndOneMoreThanTwoYearsAhead() {
		assertThat(check.check(null, 2026, TODAY)).extracting(Refusal::code).containsExactly("steering.refusal.date.missing");
		assertThat(check.check(LocalDate.of(2028, 11, 17), 2026, TODAY)).extracting(Refusal::code)
				.containsExactly("steering.refusal.date.tooFarAhead");
	}
}
