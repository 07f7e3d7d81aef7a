package nl.jeugdregie.steering.internal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-6 (memo 001 6.3): no new assignment without a complete impact analysis. */
class ImpactAnalysisPolicyUnitTests {

	private final ImpactAnalysisPolicy check = new ImpactAnalysisPolicy();

	@Test
	@DisplayName("STU-6: accepts a complete impact analysis and reads Dutch numbers")
	void acceptsACompleteAnalysis() {
		var result = check.check("Buurtsportcoach", "Geen aanbod", "Elke wijk een coach", "Past bij jongerenwerk",
				"1,50", "45.000,00", "Herschikking", "YOUTH");

		assertThat(result).isInstanceOfSatisfying(ImpactAnalysisPolicy.Valid.class, valid -> {
			assertThat(valid.fte()).isEqualByComparingTo(new BigDecimal("1.50"));
			assertThat(valid.budgetCents()).isEqualTo(4_500_000);
			assertThat(valid.targetGroup()).isEqualTo(TargetGroup.YOUTH);
		});
	}

	@Test
	@DisplayName("STU-6: refuses a negative FTE and a negative budget")
	void refusesNegativeFteAndBudget() {
		var result = check.check("Buurtsportcoach", "Geen aanbod", "Elke wijk een coach", "Past", "-1", "-500,00",
				"Herschikking", "YOUTH");

		assertThat(result).isInstanceOfSatisfying(ImpactAnalysisPolicy.Invalid.class, invalid -> assertThat(
				invalid.refusals()).extracting(Refusal::field, Refusal::code).containsExactly(
						org.assertj.core.groups.Tuple.tuple("fte", "steering.refusal.impact.fte.negative"),
						org.assertj.core.groups.Tuple.tuple("budget", "steering.refusal.impact.budget.negative")));
	}

	@Test
	void refusesMissingPartsOfTheAnalysisEachOnItsField() {
		var result = check.check(" ", null, "", null, null, "veel", null, "BOTH");

		assertThat(result).isInstanceOfSatisfying(ImpactAnalysisPolicy.Invalid.class, invalid -> assertThat(
				invalid.refusals()).extracting(Refusal::code).containsExactly("steering.refusal.impact.title.missing",
						"steering.refusal.impact.currentSituation.missing", "steering.refusal.impact.desiredSituation.missing", "steering.refusal.impact.fit.missing",
						"steering.refusal.impact.sourceOfFunds.missing", "steering.refusal.impact.fte.missing", "steering.refusal.impact.budget.malformed",
						"steering.refusal.targetGroup.missing"));
	}
}
