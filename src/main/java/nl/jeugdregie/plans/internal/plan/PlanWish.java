package nl.jeugdregie.plans.internal.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What one person says: "ik wil", "ik kan", "ik heb nodig" (PLAN-1). */
public record PlanWish(UUID id, UUID memberId, @Nullable String wishWant, @Nullable String wishCan, @Nullable String wishNeed,
		int fromVersion) {}
