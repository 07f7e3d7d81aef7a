package nl.jeugdregie.plans.internal.household;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * PLAN-3 "één gezin, één plan, één regisseur": a young person already in another household of the municipality
 * is not added to a second one, with its own plan and director; the message names the existing household.
 */
final class OneHouseholdPerYoungPerson {

	private OneHouseholdPerYoungPerson() {}

	static List<Refusal> check(String field, Optional<String> otherHousehold) {
		return otherHousehold.map(number -> List.of(Refusal.of(field, "plans.youngPerson.otherHousehold", number)))
				.orElse(List.of());
	}
}
