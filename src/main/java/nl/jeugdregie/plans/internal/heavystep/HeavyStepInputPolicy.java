package nl.jeugdregie.plans.internal.heavystep;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.Commands;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * What a heavy-step document and a heavy step must contain before the rules of PLAN-6 and PLAN-7 look at them:
 * kind and a date not in the future, the document's outcome, and for support its period (from, until).
 */
public final class HeavyStepInputPolicy {

	static final int MAX_OUTCOME = 2000;

	private HeavyStepInputPolicy() {}

	public static List<Refusal> check(Commands.NewDocument document, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (document.documentKind() == null) {
			refusals.add(Refusal.of("documentKind", "plans.documentKind.required"));
		}
		if (document.documentDate() == null) {
			refusals.add(Refusal.of("documentDate", "plans.documentDate.required"));
		} else if (document.documentDate().isAfter(today)) {
			refusals.add(Refusal.of("documentDate", "plans.documentDate.future"));
		}
		text(refusals, "outcome", document.outcome(), MAX_OUTCOME, true);
		return List.copyOf(refusals);
	}

	public static List<Refusal> check(Commands.NewHeavyStep step, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (step.stepKind() == null) {
			refusals.add(Refusal.of("stepKind", "plans.stepKind.required"));
		}
		if (step.decidedOn() == null) {
			refusals.add(Refusal.of("decidedOn", "plans.decidedOn.required"));
		} else if (step.decidedOn().isAfter(today)) {
			refusals.add(Refusal.of("decidedOn", "plans.decidedOn.future"));
		}
		if (step.stepKind() != null && step.stepKind().concernsSupportPeriod()) {
			if (step.supportFrom() == null) {
				refusals.add(Refusal.of("supportFrom", "plans.supportFrom.required"));
			}
			if (step.supportUntil() == null) {
				refusals.add(Refusal.of("supportUntil", "plans.supportUntil.required"));
			}
		}
		if (step.supportFrom() != null && step.supportUntil() != null && !step.supportUntil().isAfter(step.supportFrom())) {
			refusals.add(Refusal.of("supportUntil", "plans.supportUntil.beforeFrom"));
		}
		return List.copyOf(refusals);
	}
}
