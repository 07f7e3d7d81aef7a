package nl.jeugdregie.plans.internal.futureplan;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.text;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.platform.result.Refusal;

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

	static List<Refusal> check(FutureCommands.NewFuturePlan plan) {
		var refusals = new ArrayList<Refusal>();
		if (plan.youngPerson() == null) {
			refusals.add(Refusal.of("youngPerson", "plans.future.youngPerson.required"));
		}
		text(refusals, "motivation", plan.motivation(), MAX_TEXT, false);
		return List.copyOf(refusals);
	}

	static List<Refusal> check(FutureCommands.DomainEntry entry) {
		var refusals = new ArrayList<Refusal>();
		if (entry.domain() == null) {
			refusals.add(Refusal.of("domain", "plans.future.domain.required"));
		}
		text(refusals, "currentSituation", entry.currentSituation(), MAX_TEXT, true);
		text(refusals, "needed", entry.needed(), MAX_TEXT, true);
		text(refusals, "networkDoes", entry.networkDoes(), MAX_WHO, false);
		text(refusals, "formalDoes", entry.formalDoes(), MAX_WHO, false);
		if (!TextInputPolicy.present(entry.networkDoes()) && !TextInputPolicy.present(entry.formalDoes())) {
			refusals.add(Refusal.of("networkDoes", "plans.future.whoDoesWhat.required"));
		}
		return List.copyOf(refusals);
	}

	static List<Refusal> check(FutureCommands.NewKeyDate date) {
		var refusals = new ArrayList<Refusal>();
		if (date.dateKind() == null) {
			refusals.add(Refusal.of("dateKind", "plans.future.dateKind.required"));
		}
		if (date.dateOn() == null) {
			refusals.add(Refusal.of("dateOn", "plans.future.dateOn.required"));
		}
		text(refusals, "dateDescription", date.dateDescription(), MAX_DESCRIPTION, true);
		return List.copyOf(refusals);
	}
}
