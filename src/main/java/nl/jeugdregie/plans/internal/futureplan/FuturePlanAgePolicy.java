package nl.jeugdregie.plans.internal.futureplan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * PLAN-4: a future plan 18-/18+ is only for a young person within the configured ages (16 up to and including 27
 * by default). Without a known date of birth the age cannot be checked, so that is refused too.
 */
final class FuturePlanAgePolicy {

	/** The ages in years, both inclusive: the municipality's norms in force today. */
	record AgeRange(int minimum, int maximum) {}

	private FuturePlanAgePolicy() {}

	static Optional<Refusal> check(@Nullable LocalDate dateOfBirth, LocalDate today, AgeRange range) {
		if (dateOfBirth == null) {
			return Optional.of(Refusal.of("youngPerson", "plans.future.dateOfBirth.unknown"));
		}
		var age = age(dateOfBirth, today);
		if (age < range.minimum() || age > range.maximum()) {
			return Optional.of(Refusal.of("youngPerson", "plans.future.age.outOfRange", age, range.minimum(),
					range.maximum()));
		}
		return Optional.empty();
	}

	static int age(LocalDate dateOfBirth, LocalDate today) {
		return Period.between(dateOfBirth, today).getYears();
	}
}
