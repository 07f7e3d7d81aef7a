package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import nl.jeugdregie.plans.internal.plan.PlanVersion;
import org.jspecify.annotations.Nullable;

/**
 * The family's own plan as they receive it, on paper and on screen: their wishes, goals with progress, who does
 * what by when, what they said about the plan, and the next MDO. It is built only from what the family may read:
 * heavy-step documents, internal evaluation remarks and who recorded what are never part of it.
 */
public record PlanDocument(String number, String householdName, LocalDate printedOn, int planVersion,
		List<Wish> wishes, List<Goal> goals, @Nullable Agreement agreement, @Nullable LocalDate nextMeeting,
		List<Evaluation> evaluations) {

	public record Wish(String who, @Nullable String want, @Nullable String can, @Nullable String need) {}

	public record Goal(int priority, String lifeDomain, String description, String owner, @Nullable Integer score,
			@Nullable String status, @Nullable LocalDate measuredOn, List<Action> actions) {}

	public record Action(String description, String who, LocalDate dueOn) {}

	public record Agreement(int version, boolean agrees, LocalDate on, @Nullable String words) {}

	public record Evaluation(String moment, LocalDate on, @Nullable String outcome, @Nullable String remarks) {}

	static PlanDocument of(PlanFollowUp followUp, LocalDate today) {
		var file = followUp.file();
		var plan = file.plan();
		var wishes = plan.wishes().stream().map(w -> new Wish(file.memberName(w.memberId()), w.wishWant(), w.wishCan(),
				w.wishNeed())).toList();
		var goals = plan.goals().stream().map(g -> goal(g, followUp.latestOf(g.id()))).toList();
		var agreement = plan.versions().stream().filter(PlanVersion::agreementRecorded).findFirst()
				.map(v -> new Agreement(v.number(), Boolean.TRUE.equals(v.familyAgrees()), v.agreedOn(), v.familyWords()))
				.orElse(null);
		// Only what may be shared with the family: remarks marked internal are left out.
		var evaluations = followUp.evaluations().stream()
				.map(e -> new Evaluation(e.moment().dutchName(), e.evaluatedOn(),
						e.continuation() == null ? null : e.continuation().dutchName(),
						e.remarksInternal() ? null : e.remarks()))
				.toList();
		return new PlanDocument(file.household().number(), file.household().name(), today, plan.currentVersion(),
				wishes, goals, agreement, followUp.nextMeeting(today).orElse(null), evaluations);
	}

	private static Goal goal(PlanGoal goal, @Nullable GoalProgress latest) {
		var owner = goal.owner().dutchName() + (goal.ownerName() == null ? "" : " – " + goal.ownerName());
		var actions = goal.actions().stream().map(a -> new Action(a.description(),
				a.performerName() + " (" + a.performer().dutchName().toLowerCase() + ")", a.dueOn())).toList();
		return new Goal(goal.priority(), goal.lifeDomain().dutchName(), goal.description(), owner,
				latest == null ? null : latest.score(), latest == null ? null : latest.status().dutchName(),
				latest == null ? null : latest.measuredOn(), actions);
	}
}
