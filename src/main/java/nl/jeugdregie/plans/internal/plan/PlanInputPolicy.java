package nl.jeugdregie.plans.internal.plan;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.present;
import static nl.jeugdregie.plans.internal.household.TextInputPolicy.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.plans.internal.household.Commands;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * What the cooperation plan's parts must contain (PLAN-1, PLAN-2): "ik wil / ik kan / ik heb nodig" of a person
 * in the household with at least one of the three; a goal with its life domain, description, the family's
 * priority and who works on it (a goal without an owner is refused); an action for one of the plan's goals with
 * what, who and by when; the family's agreement with its date and, when they do not agree, their own words.
 */
public final class PlanInputPolicy {

	static final int MAX_WISH = 1000;
	static final int MAX_DESCRIPTION = 1000;
	public static final int MAX_NAME = 100;
	static final int MAX_WORDS = 2000;
	static final int MIN_PRIORITY = 1;
	static final int MAX_PRIORITY = 20;

	private PlanInputPolicy() {}

	public static List<Refusal> check(Commands.NewWish wish, Set<UUID> members) {
		var refusals = new ArrayList<Refusal>();
		if (wish.wishMember() == null || !members.contains(wish.wishMember())) {
			refusals.add(Refusal.of("wishMember", "plans.wishMember.required"));
		}
		if (!present(wish.wishWant()) && !present(wish.wishCan()) && !present(wish.wishNeed())) {
			refusals.add(Refusal.of("wishWant", "plans.wish.empty"));
		}
		text(refusals, "wishWant", wish.wishWant(), MAX_WISH, false);
		text(refusals, "wishCan", wish.wishCan(), MAX_WISH, false);
		text(refusals, "wishNeed", wish.wishNeed(), MAX_WISH, false);
		return List.copyOf(refusals);
	}

	public static List<Refusal> check(Commands.NewGoal goal) {
		var refusals = new ArrayList<Refusal>();
		if (goal.lifeDomain() == null) {
			refusals.add(Refusal.of("lifeDomain", "plans.lifeDomain.required"));
		}
		text(refusals, "goalDescription", goal.goalDescription(), MAX_DESCRIPTION, true);
		if (goal.priority() == null) {
			refusals.add(Refusal.of("priority", "plans.priority.required"));
		} else if (goal.priority() < MIN_PRIORITY || goal.priority() > MAX_PRIORITY) {
			refusals.add(Refusal.of("priority", "plans.priority.range", MIN_PRIORITY, MAX_PRIORITY));
		}
		if (goal.owner() == null) {
			refusals.add(Refusal.of("owner", "plans.owner.required"));
		}
		text(refusals, "ownerName", goal.ownerName(), MAX_NAME, false);
		return List.copyOf(refusals);
	}

	public static List<Refusal> check(Commands.NewAction action, Set<UUID> goals, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (action.actionGoal() == null || !goals.contains(action.actionGoal())) {
			refusals.add(Refusal.of("actionGoal", "plans.actionGoal.required"));
		}
		text(refusals, "actionDescription", action.actionDescription(), MAX_DESCRIPTION, true);
		if (action.performer() == null) {
			refusals.add(Refusal.of("performer", "plans.performer.required"));
		}
		text(refusals, "performerName", action.performerName(), MAX_NAME, true);
		if (action.dueOn() == null) {
			refusals.add(Refusal.of("dueOn", "plans.dueOn.required"));
		} else if (action.dueOn().isBefore(today)) {
			refusals.add(Refusal.of("dueOn", "plans.dueOn.past"));
		}
		return List.copyOf(refusals);
	}

	public static List<Refusal> check(Commands.FamilyAgreement agreement, LocalDate today, boolean alreadyRecorded) {
		var refusals = new ArrayList<Refusal>();
		if (alreadyRecorded) {
			refusals.add(Refusal.of("familyAgrees", "plans.agreement.alreadyRecorded"));
			return List.copyOf(refusals);
		}
		if (agreement.familyAgrees() == null) {
			refusals.add(Refusal.of("familyAgrees", "plans.familyAgrees.required"));
		}
		if (agreement.agreedOn() == null) {
			refusals.add(Refusal.of("agreedOn", "plans.agreedOn.required"));
		} else if (agreement.agreedOn().isAfter(today)) {
			refusals.add(Refusal.of("agreedOn", "plans.agreedOn.future"));
		}
		text(refusals, "familyWords", agreement.familyWords(), MAX_WORDS,
				Boolean.FALSE.equals(agreement.familyAgrees()));
		return List.copyOf(refusals);
	}
}
