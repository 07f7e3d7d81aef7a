package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.Violation;
import nl.jeugdregie.intake.internal.registration.RegistrationPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A triage decision (TOE-4) names its outcome and urgency with a recorded reason; "no is also an answer"
 * also records the explanation given to the family. Only during triage, dated between the first
 * conversation and today.
 */
final class TriagePolicy {

	static final int MAX_TEXT = 2000;

	private TriagePolicy() {}

	static List<Violation> check(HelpRequest request, @Nullable TriageOutcome outcome, @Nullable Urgency urgency,
			@Nullable String reason, @Nullable String familyExplanation, LocalDate decidedOn, LocalDate today) {
		var violations = new ArrayList<Violation>();
		TransitionPolicy.check(request.state(), LifecycleAction.TRIAGE).ifPresent(violations::add);
		if (!violations.isEmpty()) {
			return violations;
		}
		if (outcome == null) {
			violations.add(new Violation("outcome", "intake.triage.outcome.required"));
		}
		if (urgency == null) {
			violations.add(new Violation("urgency", "intake.triage.urgency.required"));
		}
		text(violations, "reason", reason, true);
		text(violations, "familyExplanation", familyExplanation, outcome == TriageOutcome.NO_CARE_NEEDED);
		var first = request.treatmentStartedOn();
		if (decidedOn.isAfter(today) || (first != null && decidedOn.isBefore(first))) {
			violations.add(new Violation("decidedOn", "intake.triage.date"));
		}
		return violations;
	}

	private static void text(List<Violation> violations, String field, @Nullable String value, boolean required) {
		if (!RegistrationPolicy.present(value)) {
			if (required) {
				violations.add(new Violation(field, "intake.triage." + field + ".required"));
			}
		} else if (value.strip().length() > MAX_TEXT) {
			violations.add(new Violation(field, "intake.text.tooLong", MAX_TEXT));
		}
	}
}
