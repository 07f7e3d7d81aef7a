package nl.jeugdregie.plans.internal.socialwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-8: dates of a trajectory are never in the future, before the registration or before the previous step. */
class SocialWorkDatePolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final LocalDate REGISTERED = LocalDate.of(2026, 10, 1);

	@Test
	@DisplayName("PLAN-8: refuses a date in the future")
	void refusesADateInTheFuture() {
		assertThat(SocialWorkDatePolicy.check("heldOn", TODAY.plusDays(1), REGISTERED, null, TODAY))
				.hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("socialwork.date.future"));
	}

	@Test
	@DisplayName("PLAN-8: refuses a date before the registration, naming the registration date")
	void refusesADateBeforeTheRegistration() {
		assertThat(SocialWorkDatePolicy.check("heldOn", REGISTERED.minusDays(1), REGISTERED, null, TODAY))
				.hasValueSatisfying(v -> {
					assertThat(v.code()).isEqualTo("socialwork.date.beforeRegistration");
					assertThat(v.arguments()).containsExactly("1-10-2026");
				});
	}

	@Test
	void refusesADateBeforeThePreviousStep() {
		assertThat(SocialWorkDatePolicy.check("closedOn", LocalDate.of(2026, 10, 9), REGISTERED,
				LocalDate.of(2026, 10, 10), TODAY))
				.hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("socialwork.date.beforeLast"));
	}

	@Test
	void acceptsTodayTheRegistrationDayAndTheDayOfThePreviousStep() {
		assertThat(SocialWorkDatePolicy.check("heldOn", TODAY, REGISTERED, TODAY, TODAY)).isEmpty();
		assertThat(SocialWorkDatePolicy.check("heldOn", REGISTERED, REGISTERED, null, TODAY)).isEmpty();
	}

	@Test
	void requiresTheDate() {
		assertThat(SocialWorkDatePolicy.check("heldOn", null, REGISTERED, null, TODAY))
				.hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("heldOn"));
	}
}
