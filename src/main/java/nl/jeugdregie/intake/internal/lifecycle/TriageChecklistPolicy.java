package nl.jeugdregie.intake.internal.lifecycle;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOE-4: triage is based on the first inventory of all life domains of the whole household, so it is completed
 * only once the life-domain checklist is recorded.
 */
final class TriageChecklistPolicy {

	private TriageChecklistPolicy() {}

	static Optional<Refusal> check(boolean checklistRecorded) {
		return checklistRecorded ? Optional.empty()
				: Optional.of(Refusal.of("checklist", "intake.triage.checklist.required"));
	}
}
