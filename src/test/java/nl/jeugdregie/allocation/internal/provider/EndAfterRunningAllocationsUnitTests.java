package nl.jeugdregie.allocation.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-3: a contract does not end before the allocations made under it")
class EndAfterRunningAllocationsUnitTests {

	private final EndAfterRunningAllocations rule = new EndAfterRunningAllocations();

	@Test
	@DisplayName("TOEW-3: ending on or after the last allocated day is allowed; earlier is refused with that day")
	void refusesAnEndBeforeTheLastAllocatedDay() {
		var last = LocalDate.of(2027, 5, 31);
		assertThat(rule.check(new EndAfterRunningAllocations.Ending(last, last))).isEmpty();
		assertThat(rule.check(new EndAfterRunningAllocations.Ending(null, last))).isEmpty();
		assertThat(rule.check(new EndAfterRunningAllocations.Ending(LocalDate.of(2027, 1, 1), null))).isEmpty();
		assertThat(rule.check(new EndAfterRunningAllocations.Ending(LocalDate.of(2027, 5, 30), last)))
				.hasValueSatisfying(refusal -> {
					assertThat(refusal.field()).isEqualTo("validUntil");
					assertThat(refusal.arguments()).containsExactly("31-5-2027");
				});
	}
}
