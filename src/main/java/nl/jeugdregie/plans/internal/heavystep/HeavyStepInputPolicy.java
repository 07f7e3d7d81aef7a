package nl.jeugdregie.plans.internal.heavystep;

import static nl.jeugdregie.plans.internal.household.InputRules.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.Commands;
import nl.jeugdregie.plans.internal.household.InputRules;
import nl.jeugdregie.plans.internal.household.Violation;

/**
 * What a heavy-step document and a heavy step must contain before the rules of PLAN-6 and PLAN-7 look at them:
 * kind and a date not in the future, the document's outcome, and for support its period (from, until).
 */
public final class HeavyStepInputPolicy {

	static final int MAX_OUTCOME = 2000;

	private HeavyStepInputPolicy() {}

	public static List<Violation> check(Commands.NewDocument document, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (document.documentKind() == null) {
			violations.add(new Violation("documentKind", "plans.documentKind.required"));
		}
		if (document.documentDate() == null) {
			violations.add(new Violation("documentDate", "plans.documentDate.required"));
		} else if (document.documentDate().isAfter(today)) {
			violations.add(new Violation("documentDate", "plans.documentDate.future"));
		}
		text(violations, "outcome", document.outcome(), MAX_OUTCOME, true);
		return List.copyOf(violations);
	}

	public static List<Violation> check(Commands.NewHeavyStep step, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (step.stepKind() == null) {
			violations.add(new Violation("stepKind", "plans.stepKind.required"));
		}
		if (step.decidedOn() == null) {
			violations.add(new Violation("decidedOn", "plans.decidedOn.required"));
		} else if (step.decidedOn().isAfter(today)) {
			violations.add(new Violation("decidedOn", "plans.decidedOn.future"));
		}
		if (step.stepKind() != null && step.stepKind().concernsSupportPeriod()) {
			if (step.supportFrom() == null) {
				violations.add(new Violation("supportFrom", "plans.supportFrom.required"));
			}
			if (step.supportUntil() == null) {
				violations.add(new Violation("supportUntil", "plans.supportUntil.required"));
			}
		}
		if (step.supportFrom() != null && step.supportUntil() != null && !step.supportUntil().isAfter(step.supportFrom())) {
			violations.add(new Violation("supportUntil", "plans.supportUntil.beforeFrom"));
		}
		return List.copyOf(violations);
	}
}
