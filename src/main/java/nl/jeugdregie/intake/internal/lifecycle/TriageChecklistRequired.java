package nl.jeugdregie.intake.internal.lifecycle;

import java.util.Optional;
import nl.jeugdregie.intake.Violation;

/**
 * TOE-4: triage is based on the first inventory of all life domains of the whole household, so it is completed
 * only once the life-domain checklist is recorded.
 */
final class TriageChecklistRequired {

	private TriageChecklistRequired() {}

	static Optional<Violation> check(boolean checklistRecorded) {
		return checklistRecorded ? Optional.empty()
				: Optional.of(new Violation("checklist", "intake.triage.checklist.required"));
	}
}
