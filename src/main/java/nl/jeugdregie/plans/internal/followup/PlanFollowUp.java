package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.plans.internal.household.HouseholdFile;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import org.jspecify.annotations.Nullable;

/**
 * A household's plan as it is followed up (PLAN-1, PLAN-5): the file with the plan, its MDOs (newest first),
 * the progress per goal (oldest first) and the evaluations (newest first).
 */
record PlanFollowUp(HouseholdFile file, List<PlanMeeting> meetings, Map<UUID, List<GoalProgress>> progress,
		List<PlanEvaluation> evaluations) {

	public List<GoalProgress> progressOf(UUID goal) {
		return progress.getOrDefault(goal, List.of());
	}

	public @Nullable GoalProgress latestOf(UUID goal) {
		var measured = progressOf(goal);
		return measured.isEmpty() ? null : measured.getLast();
	}

	public boolean closed() {
		return evaluations.stream().anyMatch(PlanEvaluation::closes);
	}

	/** The next MDO agreed at the latest meeting, if it is still to come. */
	public Optional<LocalDate> nextMeeting(LocalDate today) {
		return meetings.stream().findFirst().map(PlanMeeting::nextMeetingOn).filter(d -> !d.isBefore(today));
	}

	public Optional<PlanMeeting> meeting(@Nullable UUID id) {
		return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	GoalRealisation realisation() {
		return GoalRealisation.of(file.plan().goals().stream().map(PlanGoal::id).toList(), progress);
	}
}
