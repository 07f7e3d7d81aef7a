package nl.jeugdregie.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepDocumentKind;

/** A recorded explanatory analysis, Eigen Kracht conference or family group plan with its outcome. */
record RecordedDocument(UUID id, HeavyStepDocumentKind kind, LocalDate date, String outcome, String recordedBy,
		Instant recordedAt) {

	HeavyStepDocument forRules() {
		return new HeavyStepDocument(kind, date);
	}
}
