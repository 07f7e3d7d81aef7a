package nl.jeugdregie.steering.internal.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-5: a new norm has a code, wording, kind, period, a fitting target or deadline and a start date")
class NewNormPolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	private final NewNormPolicy rules = new NewNormPolicy();

	@Test
	void refusesAStartDateBefore2015OrMoreThanTenYearsAhead() {
		for (var date : new String[] { "2014-12-31", "2036-11-17" }) {
			assertThat(codes(rules.check("ISW-6", "Norm", "PERCENT_AT_MOST", "30", null, "YEAR", date, TODAY)))
					.as(date).isEqualTo("steering.refusal.norm.date.outOfRange");
		}
		assertThat(codes(rules.check("ISW-6", "Norm", "PERCENT_AT_MOST", "30", null, "YEAR", "+999999999-12-31", TODAY)))
				.isEqualTo("steering.refusal.norm.date.malformed");
		assertThat(rules.check("ISW-6", "Norm", "PERCENT_AT_MOST", "30", null, "YEAR", "2036-11-16", TODAY))
				.isInstanceOf(NewNormPolicy.Accepted.class);
	}

	@Test
	void acceptsAMemoStyleNorm() {
		var result = rules.check("isw-6", "Maximaal 30% van het budget.", "PERCENT_AT_MOST", "30", null, "YEAR", "1-1-2023", TODAY);

		assertThat(result).isInstanceOfSatisfying(NewNormPolicy.Accepted.class, accepted -> {
			assertThat(accepted.norm().code()).isEqualTo("ISW-6");
			assertThat(accepted.norm().target()).isEqualByComparingTo("30");
			assertThat(accepted.norm().effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
		});
	}

	@Test
	void refusesAPercentageTargetOutsideZeroToHundred() {
		assertThat(codes(rules.check("ISW-6", "Norm", "PERCENT_AT_LEAST", "101", null, "QUARTER", "2023-01-01", TODAY)))
				.isEqualTo("steering.refusal.percentage.outOfRange");
		assertThat(codes(rules.check("ISW-6", "Norm", "PERCENT_AT_MOST", "-1", null, "QUARTER", "2023-01-01", TODAY)))
				.isEqualTo("steering.refusal.percentage.outOfRange");
	}

	@Test
	void refusesADeadlineNormWithoutDeadlineAndAWrongCode() {
		assertThat(codes(rules.check("social agenda", "Norm", "DEADLINE", null, null, "YEAR", "2021-01-01", TODAY)))
				.isEqualTo("steering.refusal.norm.code.malformed steering.refusal.norm.date.malformed");
	}

	private static String codes(NewNormPolicy.Result result) {
		assertThat(result).isInstanceOf(NewNormPolicy.Refused.class);
		return String.join(" ", ((NewNormPolicy.Refused) result).refusals().stream().map(Refusal::code).toList());
	}
}
