package nl.jeugdregie.steering.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("STU-3: probability and damage on a scale of 1 to 3, effect = probability × damage")
class RiskScoreWithinScaleUnitTests {

	final RiskScoreWithinScale policy = new RiskScoreWithinScale();

	@ParameterizedTest
	@CsvSource({ "1,1,1", "2,1,2", "1,3,3", "2,2,4", "2,3,6", "3,3,9" })
	void acceptsScoresFromOneToThreeAndComputesTheEffect(int probability, int damage, int effect) {
		var result = policy.check(probability, damage);

		assertThat(result).isInstanceOf(RiskScoreWithinScale.Accepted.class);
		assertThat(((RiskScoreWithinScale.Accepted) result).score().effect()).isEqualTo(effect);
	}

	@ParameterizedTest
	@CsvSource({ "0,2,probability", "4,2,probability", "2,0,damage", "2,4,damage", "-1,2,probability" })
	void refusesAScoreOutsideTheScaleForThatField(int probability, int damage, String field) {
		var result = policy.check(probability, damage);

		assertThat(result).isInstanceOf(RiskScoreWithinScale.Refused.class);
		assertThat(((RiskScoreWithinScale.Refused) result).refusals()).singleElement()
				.satisfies(refusal -> {
					assertThat(refusal.field()).isEqualTo(field);
					assertThat(refusal.code()).isEqualTo("steering.refusal." + field + ".outOfScale");
				});
	}

	@Test
	void refusesBothFieldsWhenBothAreMissing() {
		var result = policy.check(null, null);

		assertThat(((RiskScoreWithinScale.Refused) result).refusals()).extracting(Refusal::field)
				.containsExactly("probability", "damage");
	}

	@Test
	void placesRisksOnTheHeatMapByProbabilityAndDamage() {
		var high = new Risk(1, 1, "Jeugd", 1, "a", RiskKind.RISK, 3, 3, 9, "", "", "", "", 0);
		var low = new Risk(2, 1, "Jeugd", 2, "b", RiskKind.RISK, 1, 1, 1, "", "", "", "", 0);
		var alsoHigh = new Risk(3, 1, "Jeugd", 3, "c", RiskKind.RISK, 3, 3, 9, "", "", "", "", 0);

		var map = HeatMap.of(java.util.List.of(high, low, alsoHigh));

		assertThat(map.rows()).extracting(HeatMap.Row::damage).containsExactly(3, 2, 1);
		assertThat(map.rows().getFirst().cells().get(2)).isEqualTo(new HeatMap.Cell(3, 3, 2));
		assertThat(map.rows().get(2).cells().getFirst()).isEqualTo(new HeatMap.Cell(1, 1, 1));
		assertThat(map.rows().getFirst().cells().get(2).level()).isEqualTo("hoog");
	}
}
