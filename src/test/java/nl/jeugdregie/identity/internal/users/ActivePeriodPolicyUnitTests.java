package nl.jeugdregie.identity.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: the last working day does not come before the first")
class ActivePeriodPolicyUnitTests {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages");

	@Test
	void acceptsOpenEndedAndOneDayPeriods() {
		assertThat(ActivePeriodPolicy.check(null, null)).isEmpty();
		assertThat(ActivePeriodPolicy.check(LocalDate.of(2027, 1, 1), null)).isEmpty();
		assertThat(ActivePeriodPolicy.check(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))).isEmpty();
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThat(ActivePeriodPolicy.check(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)))
				.extracting(Refusal::field, TEXTS::text).containsExactly(org.assertj.core.groups.Tuple.tuple("activeUntil",
						"De laatste werkdag ligt voor de eerste. Kies een latere datum."));
	}
}
