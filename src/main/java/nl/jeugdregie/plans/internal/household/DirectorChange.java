package nl.jeugdregie.plans.internal.household;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of case director in the history (PLAN-3); {@code from} is null for the first director. */
record DirectorChange(@Nullable String from, String to, String changedBy, Instant changedAt, String reason) {}
