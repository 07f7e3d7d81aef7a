package nl.jeugdregie.plans.internal.futureplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-4: a future plan 18-/18+ only for young people within the configured ages. */
class FuturePlanAgePolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final FuturePlanAgePolicy.AgeRange SIXTEEN_TO_TWENTY_SEVEN = new FuturePlanAgePolicy.AgeRange(16, 27);

	@Test
	@DisplayName("PLAN-4: allows a young person from the 16th birthday up to and including 27")
	void allowsAYoungPersonFromSixteenUpToAndIncludingTwentySeven() {
		assertThat(FuturePlanAgePolicy.check(LocalDate.of(2010, 11, 16), TODAY, SIXTEEN_TO_TWENTY_SEVEN)).isEmpty();
		assertThat(FuturePlanAgePolicy.check(LocalDate.of(2008, 5, 1), TODAY, SIXTEEN_TO_TWENTY_SEVEN)).isEmpty();
		assertThat(FuturePlanAgePolicy.check(LocalDate.of(1998, 11, 17), TODAY, SIXTEEN_TO_TWENTY_SEVEN)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-4: refuses a young person the day before the 16th birthday, naming age and range")
	void refusesAYoungPersonBeforeTheSixteenthBirthday() {
		var refusal = FuturePlanAgePolicy.check(LocalDate.of(2010, 11, 17), TODAY, SIXTEEN_TO_TWENTY_SEVEN);

		assertThat(refusal).hasValueSatisfying(v -> {
			assertThat(v.field()).isEqualTo("youngPerson");
			assertThat(v.code()).isEqualTo("plans.future.age.outOfRange");
			assertThat(v.arguments()).containsExactly(15, 16, 27);
		});
	}

	@Test
	@DisplayName("PLAN-4: refuses someone who turned 28")
	void refusesSomeoneWhoTurnedTwentyEight() {
		assertThat(FuturePlanAgePolicy.check(LocalDate.of(1998, 11, 16), TODAY, SIXTEEN_TO_TWENTY_SEVEN))
				.hasValueSatisfying(v -> assertThat(v.arguments()).containsExactly(28, 16, 27));
	}

	@Test
	@DisplayName("PLAN-4: follows a configured range instead of fixed ages")
	void followsAConfiguredRange() {
		var fromFifteen = new FuturePlanAgePolicy.AgeRange(15, 23);

		assertThat(FuturePlanAgePolicy.check(LocalDate.of(2011, 1, 1), TODAY, fromFifteen)).isEmpty();
		assertThat(FuturePlanAgePolicy.check(LocalDate.of(2002, 1, 1), TODAY, fromFifteen)).isPresent();
	}

	@Test
	void refusesWithoutADateOfBirth() {
		assertThat(FuturePlanAgePolicy.check(null, TODAY, SIXTEEN_TO_TWENTY_SEVEN))
				.hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("plans.future.dateOfBirth.unknown"));
	}
}
