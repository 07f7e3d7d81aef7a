package nl.jeugdregie.plans.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of the cooperation plan: what changed, by whom and when, and whether the family agreed with this
 * version, on which date and in their own words (PLAN-2).
 */
public record PlanVersion(int number, String change, String createdBy, Instant createdAt, @Nullable Boolean familyAgrees,
		@Nullable LocalDate agreedOn, @Nullable String familyWords) {

	public boolean agreementRecorded() {
		return familyAgrees != null;
	}
}
