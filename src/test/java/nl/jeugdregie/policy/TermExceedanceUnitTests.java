package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOE-9: the rule for counting weeks of exceedance, as written in the glossary. */
class TermExceedanceUnitTests {

	static final LocalDate DEADLINE = LocalDate.of(2026, 10, 14);

	@ParameterizedTest(name = "{0} days after the deadline is {1} weeks")
	@CsvSource({ "-3,0", "0,0", "1,1", "7,1", "8,2", "14,2", "15,3", "70,10" })
	void countsEveryStartedWeekAfterTheDeadlineAsAWholeWeek(int daysAfter, long weeks) {
		assertThat(TermExceedance.weeksOver(DEADLINE, DEADLINE.plusDays(daysAfter))).isEqualTo(weeks);
	}
}
