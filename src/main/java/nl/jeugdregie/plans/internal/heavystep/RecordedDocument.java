package nl.jeugdregie.plans.internal.heavystep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepDocumentKind;

/** A recorded explanatory analysis, Eigen Kracht conference or family group plan with its outcome. */
public record RecordedDocument(UUID id, HeavyStepDocumentKind kind, LocalDate date, String outcome, String recordedBy,
		Instant recordedAt) {

	public HeavyStepDocument forRules() {
		return new HeavyStepDocument(kind, date);
	}
}
