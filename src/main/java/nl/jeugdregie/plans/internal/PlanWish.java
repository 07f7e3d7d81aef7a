package nl.jeugdregie.plans.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What one person says: "ik wil", "ik kan", "ik heb nodig" (PLAN-1). */
record PlanWish(UUID id, UUID memberId, @Nullable String iWant, @Nullable String iCan, @Nullable String iNeed,
		int fromVersion) {}
