package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One progress measurement on a goal: score 1–10 and status, on a date, recorded by whom (PLAN-5). */
record GoalProgress(UUID id, UUID goalId, LocalDate measuredOn, int score, GoalStatus status, @Nullable String note,
		String recordedBy) {}
