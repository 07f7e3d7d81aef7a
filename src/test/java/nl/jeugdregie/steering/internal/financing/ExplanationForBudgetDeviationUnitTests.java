package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-7: actuals that deviate from budget beyond the margin need an explanation")
class ExplanationForBudgetDeviationUnitTests {

	private final ExplanationForBudgetDeviation rule = new ExplanationForBudgetDeviation();

	@Test
	void requiresAnExplanationForAnyDifferenceAtMarginZero() {
		assertThat(rule.check(100_000, 100_001, 0, null)).get().extracting(Refusal::code)
				.isEqualTo("steering.refusal.explanation.required");
		assertThat(rule.check(100_000, 100_000, 0, null)).isEmpty();
	}

	@Test
	void acceptsDeviationsWithinTheMarginWithoutExplanation() {
		assertThat(rule.check(100_000, 105_000, 5, null)).isEmpty();
		assertThat(rule.check(100_000, 94_999, 5, " ")).get().extracting(Refusal::field).isEqualTo("explanation");
	}

	@Test
	void acceptsADeviationThatIsExplained() {
		assertThat(rule.check(100_000, 150_000, 5, "Extra groep door wachtlijst.")).isEmpty();
	}
}
