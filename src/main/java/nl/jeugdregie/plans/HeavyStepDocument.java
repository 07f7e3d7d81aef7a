package nl.jeugdregie.plans;

import java.time.LocalDate;

/** A recorded explanatory analysis, Eigen Kracht conference or family group plan, as the rules see it. */
public record HeavyStepDocument(HeavyStepDocumentKind kind, LocalDate date) {

	public HeavyStepDocument {
		if (kind == null || date == null) {
			throw new IllegalArgumentException("A heavy-step document has a kind and a date");
		}
	}
}
