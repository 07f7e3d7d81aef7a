package nl.jeugdregie.plans.internal.futureplan;

import static nl.jeugdregie.plans.internal.household.InputRules.text;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.InputRules;
import nl.jeugdregie.plans.internal.household.Violation;

/**
 * What a future plan's parts must contain (PLAN-4): a life domain with the situation now and what is needed, and
 * at least one of who does what from the network or from formal support; a key date with its kind, date and a
 * short description.
 */
final class FuturePlanInputPolicy {

	static final int MAX_TEXT = 1000;
	static final int MAX_WHO = 500;
	static final int MAX_DESCRIPTION = 200;

	private FuturePlanInputPolicy() {}

	static List<Violation> check(FutureCommands.NewFuturePlan plan) {
		var violations = new ArrayList<Violation>();
		if (plan.youngPerson() == null) {
			violations.add(new Violation("youngPerson", "plans.future.youngPerson.required"));
		}
		text(violations, "motivation", plan.motivation(), MAX_TEXT, false);
		return List.copyOf(violations);
	}

	static List<Violation> check(FutureCommands.DomainEntry entry) {
		var violations = new ArrayList<Violation>();
		if (entry.domain() == null) {
			violations.add(new Violation("domain", "plans.future.domain.required"));
		}
		text(violations, "currentSituation", entry.currentSituation(), MAX_TEXT, true);
		text(violations, "needed", entry.needed(), MAX_TEXT, true);
		text(violations, "networkDoes", entry.networkDoes(), MAX_WHO, false);
		text(violations, "formalDoes", entry.formalDoes(), MAX_WHO, false);
		if (!InputRules.present(entry.networkDoes()) && !InputRules.present(entry.formalDoes())) {
			violations.add(new Violation("networkDoes", "plans.future.whoDoesWhat.required"));
		}
		return List.copyOf(violations);
	}

	static List<Violation> check(FutureCommands.NewKeyDate date) {
		var violations = new ArrayList<Violation>();
		if (date.dateKind() == null) {
			violations.add(new Violation("dateKind", "plans.future.dateKind.required"));
		}
		if (date.dateOn() == null) {
			violations.add(new Violation("dateOn", "plans.future.dateOn.required"));
		}
		text(violations, "dateDescription", date.dateDescription(), MAX_DESCRIPTION, true);
		return List.copyOf(violations);
	}
}
