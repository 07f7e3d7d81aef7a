package nl.jeugdregie.plans.internal.plan;

import java.util.List;
import java.util.UUID;

/**
 * The household's one cooperation plan (samenwerkingsplan, PLAN-1): its versions, newest first, and its
 * content. An item belongs to every version from the one that added it; {@code currentVersion} is also the
 * optimistic lock: a change names the version it was made on.
 */
public record CooperationPlan(UUID id, int currentVersion, List<PlanVersion> versions, List<PlanWish> wishes,
		List<PlanGoal> goals) {

	public PlanVersion current() {
		return versions.getFirst();
	}
}
