package nl.jeugdregie.allocation.internal.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MON-5: the first day of aftercare lies within the platform's date bounds")
class AftercareDateWithinBoundsPolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private final AftercareDateWithinBoundsPolicy policy = new AftercareDateWithinBoundsPolicy();

	@Test
	@DisplayName("MON-5: 1 January 2015 and ten years ahead are allowed")
	void allowsTheBounds() {
		assertThat(policy.check(new AftercareDateWithinBoundsPolicy.Proposed(LocalDate.of(2015, 1, 1), TODAY))).isEmpty();
		assertThat(policy.check(new AftercareDateWithinBoundsPolicy.Proposed(TODAY.plusYears(10), TODAY))).isEmpty();
	}

	@Test
	@DisplayName("MON-5: a day before 2015 or more than ten years ahead is refused on the date field")
	void refusesOutsideTheBounds() {
		for (var from : new LocalDate[] { LocalDate.of(2014, 12, 31), TODAY.plusYears(10).plusDays(1) }) {
			assertThat(policy.check(new AftercareDateWithinBoundsPolicy.Proposed(from, TODAY))).hasValueSatisfying(r -> {
				assertThat(r.field()).isEqualTo("from");
				assertThat(r.code()).isEqualTo("allocation.aftercare.from.outOfBounds");
			});
		}
	}
}
