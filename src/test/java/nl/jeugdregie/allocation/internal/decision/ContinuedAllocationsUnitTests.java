package nl.jeugdregie.allocation.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MON-5 (outflow): a new allocation continues the young person's earlier ones it follows without a gap")
class ContinuedAllocationsUnitTests {

	private static final ContinuedAllocations.Earlier UNTIL_30_JUNE = new ContinuedAllocations.Earlier(11,
			new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));

	private static ValidityPeriod period(String from, String until) {
		return new ValidityPeriod(LocalDate.parse(from), LocalDate.parse(until));
	}

	@Test
	@DisplayName("MON-5: starting the day after the end, or before it and running on, continues the earlier allocation")
	void continuesWhenItStartsNoLaterThanTheDayAfterTheEndAndRunsOn() {
		assertThat(ContinuedAllocations.by(period("2026-07-01", "2026-12-31"), List.of(UNTIL_30_JUNE))).containsExactly(11L);
		assertThat(ContinuedAllocations.by(period("2026-06-15", "2026-12-31"), List.of(UNTIL_30_JUNE))).containsExactly(11L);
	}

	@Test
	@DisplayName("MON-5: a gap of a day, an allocation within the earlier one, or one from the same first day continues nothing: the earlier one is outflow when it ends")
	void continuesNothingAfterAGapOrWithinTheEarlierAllocation() {
		assertThat(ContinuedAllocations.by(period("2026-07-02", "2026-12-31"), List.of(UNTIL_30_JUNE))).isEmpty();
		assertThat(ContinuedAllocations.by(period("2026-03-01", "2026-06-30"), List.of(UNTIL_30_JUNE))).isEmpty();
		assertThat(ContinuedAllocations.by(period("2026-01-01", "2026-12-31"), List.of(UNTIL_30_JUNE))).isEmpty();
		assertThat(ContinuedAllocations.by(period("2026-07-01", "2026-12-31"), List.of())).isEmpty();
	}

	@Test
	@DisplayName("MON-5: it may continue two earlier allocations at once, in number order")
	void continuesSeveralInNumberOrder() {
		var other = new ContinuedAllocations.Earlier(7, period("2026-03-01", "2026-07-15"));
		assertThat(ContinuedAllocations.by(period("2026-07-01", "2026-12-31"), List.of(UNTIL_30_JUNE, other)))
				.containsExactly(7L, 11L);
	}
}
