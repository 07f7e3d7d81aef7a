package nl.jeugdregie.plans.internal.plan;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A goal in a life domain, with the family's priority (1 = most important) and who works on it (PLAN-2). */
public record PlanGoal(UUID id, LifeDomain lifeDomain, String description, int priority, Contributor owner,
		@Nullable String ownerName, int fromVersion, List<PlanAction> actions) {}
