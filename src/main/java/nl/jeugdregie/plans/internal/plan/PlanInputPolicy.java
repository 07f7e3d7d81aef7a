package nl.jeugdregie.plans.internal.plan;

import static nl.jeugdregie.plans.internal.household.InputRules.present;
import static nl.jeugdregie.plans.internal.household.InputRules.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.plans.internal.household.Commands;
import nl.jeugdregie.plans.internal.household.InputRules;
import nl.jeugdregie.plans.internal.household.Violation;

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

	public static List<Violation> check(Commands.NewWish wish, Set<UUID> members) {
		var violations = new ArrayList<Violation>();
		if (wish.wishMember() == null || !members.contains(wish.wishMember())) {
			violations.add(new Violation("wishMember", "plans.wishMember.required"));
		}
		if (!present(wish.wishWant()) && !present(wish.wishCan()) && !present(wish.wishNeed())) {
			violations.add(new Violation("wishWant", "plans.wish.empty"));
		}
		text(violations, "wishWant", wish.wishWant(), MAX_WISH, false);
		text(violations, "wishCan", wish.wishCan(), MAX_WISH, false);
		text(violations, "wishNeed", wish.wishNeed(), MAX_WISH, false);
		return List.copyOf(violations);
	}

	public static List<Violation> check(Commands.NewGoal goal) {
		var violations = new ArrayList<Violation>();
		if (goal.lifeDomain() == null) {
			violations.add(new Violation("lifeDomain", "plans.lifeDomain.required"));
		}
		text(violations, "goalDescription", goal.goalDescription(), MAX_DESCRIPTION, true);
		if (goal.priority() == null) {
			violations.add(new Violation("priority", "plans.priority.required"));
		} else if (goal.priority() < MIN_PRIORITY || goal.priority() > MAX_PRIORITY) {
			violations.add(new Violation("priority", "plans.priority.range", MIN_PRIORITY, MAX_PRIORITY));
		}
		if (goal.owner() == null) {
			violations.add(new Violation("owner", "plans.owner.required"));
		}
		text(violations, "ownerName", goal.ownerName(), MAX_NAME, false);
		return List.copyOf(violations);
	}

	public static List<Violation> check(Commands.NewAction action, Set<UUID> goals, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (action.actionGoal() == null || !goals.contains(action.actionGoal())) {
			violations.add(new Violation("actionGoal", "plans.actionGoal.required"));
		}
		text(violations, "actionDescription", action.actionDescription(), MAX_DESCRIPTION, true);
		if (action.performer() == null) {
			violations.add(new Violation("performer", "plans.performer.required"));
		}
		text(violations, "performerName", action.performerName(), MAX_NAME, true);
		if (action.dueOn() == null) {
			violations.add(new Violation("dueOn", "plans.dueOn.required"));
		} else if (action.dueOn().isBefore(today)) {
			violations.add(new Violation("dueOn", "plans.dueOn.past"));
		}
		return List.copyOf(violations);
	}

	public static List<Violation> check(Commands.FamilyAgreement agreement, LocalDate today, boolean alreadyRecorded) {
		var violations = new ArrayList<Violation>();
		if (alreadyRecorded) {
			violations.add(new Violation("familyAgrees", "plans.agreement.alreadyRecorded"));
			return List.copyOf(violations);
		}
		if (agreement.familyAgrees() == null) {
			violations.add(new Violation("familyAgrees", "plans.familyAgrees.required"));
		}
		if (agreement.agreedOn() == null) {
			violations.add(new Violation("agreedOn", "plans.agreedOn.required"));
		} else if (agreement.agreedOn().isAfter(today)) {
			violations.add(new Violation("agreedOn", "plans.agreedOn.future"));
		}
		text(violations, "familyWords", agreement.familyWords(), MAX_WORDS,
				Boolean.FALSE.equals(agreement.familyAgrees()));
		return List.copyOf(violations);
	}
}
