package nl.jeugdregie.plans.internal.household;

import java.util.List;
import java.util.Optional;

/**
 * PLAN-3 "één gezin, één plan, één regisseur": a young person already in another household of the municipality
 * is not added to a second one, with its own plan and director; the message names the existing household.
 */
final class OneHouseholdPerYoungPerson {

	private OneHouseholdPerYoungPerson() {}

	static List<Violation> check(String field, Optional<String> otherHousehold) {
		return otherHousehold.map(number -> List.of(new Violation(field, "plans.youngPerson.otherHousehold", number)))
				.orElse(List.of());
	}
}
