package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.internal.registration.RegistrationPolicy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A triage decision (TOE-4) names its outcome and urgency with a recorded reason; "no is also an answer"
 * also records the explanation given to the family. Only during triage, dated between the first
 * conversation and today.
 */
final class TriagePolicy {

	static final int MAX_TEXT = 2000;

	private TriagePolicy() {}

	static List<Refusal> check(HelpRequest request, @Nullable TriageOutcome outcome, @Nullable Urgency urgency,
			@Nullable String reason, @Nullable String familyExplanation, LocalDate decidedOn, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		TransitionPolicy.check(request.state(), LifecycleAction.TRIAGE).ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			return refusals;
		}
		if (outcome == null) {
			refusals.add(Refusal.of("outcome", "intake.triage.outcome.required"));
		}
		if (urgency == null) {
			refusals.add(Refusal.of("urgency", "intake.triage.urgency.required"));
		}
		text(refusals, "reason", reason, true);
		text(refusals, "familyExplanation", familyExplanation, outcome == TriageOutcome.NO_CARE_NEEDED);
		var first = request.treatmentStartedOn();
		if (decidedOn.isAfter(today) || (first != null && decidedOn.isBefore(first))) {
			refusals.add(Refusal.of("decidedOn", "intake.triage.date"));
		}
		return refusals;
	}

	private static void text(List<Refusal> refusals, String field, @Nullable String value, boolean required) {
		if (!RegistrationPolicy.present(value)) {
			if (required) {
				refusals.add(Refusal.of(field, "intake.triage." + field + ".required"));
			}
		} else if (value.strip().length() > MAX_TEXT) {
			refusals.add(Refusal.of(field, "intake.text.tooLong", MAX_TEXT));
		}
	}
}
