package nl.jeugdregie.allocation.internal.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MON-5 (ADR 0058): aftercare starts from 30 days before to a year after the care's last day")
class AftercareStartNearCareEndPolicyUnitTests {

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
	private final AftercareStartNearCareEndPolicy policy = new AftercareStartNearCareEndPolicy();

	@Test
	@DisplayName("MON-5: the first day may be 30 days before the last day (a warm handover), the last day itself or a year after it")
	void allowsTheEdgesAndTheLastDay() {
		for (var from : new LocalDate[] { LAST_DAY.minusDays(30), LAST_DAY, LAST_DAY.plusDays(1), LAST_DAY.plusDays(365) }) {
			assertThat(policy.check(new AftercareStartNearCareEndPolicy.Proposed(LAST_DAY, from))).as(from.toString()).isEmpty();
		}
	}

	@Test
	@DisplayName("MON-5: 31 days before or 366 days after the last day is refused on the date field, naming the window")
	void refusesOutsideTheWindow() {
		for (var from : new LocalDate[] { LAST_DAY.minusDays(31), LAST_DAY.plusDays(366) }) {
			assertThat(policy.check(new AftercareStartNearCareEndPolicy.Proposed(LAST_DAY, from))).hasValueSatisfying(r -> {
				assertThat(r.field()).isEqualTo("from");
				assertThat(r.code()).isEqualTo("allocation.aftercare.from.outsideCareEnd");
				assertThat(r.arguments()).containsExactly("1-10-2026", "31-10-2027", "31-10-2026");
			});
		}
	}
}
