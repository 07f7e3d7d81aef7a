package nl.jeugdregie.plans.internal.plan;

import java.time.LocalDate;
import java.util.UUID;

/** Who does what by when, for a goal. */
public record PlanAction(UUID id, UUID goalId, String description, Contributor performer, String performerName,
		LocalDate dueOn, int fromVersion) {}
