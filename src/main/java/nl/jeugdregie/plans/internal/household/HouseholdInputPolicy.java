package nl.jeugdregie.plans.internal.household;

import static nl.jeugdregie.plans.internal.household.InputRules.present;
import static nl.jeugdregie.plans.internal.household.InputRules.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.platform.input.DateBounds;

/**
 * What a household, a member and a change of case director must contain (PLAN-3): a name for the household and
 * the help request it starts from; a member's name and role, a relation for network members, no birth date in
 * the future, a BSN of nine digits for a young person only; a new director who is a case worker of the municipality and not the current one, and a reason.
 */
final class HouseholdInputPolicy {

	static final int MAX_NAME = 100;
	static final int MAX_RELATION = 100;
	static final int MIN_REASON = 10;
	static final int MAX_REASON = 500;

	private HouseholdInputPolicy() {}

	static List<Violation> check(Commands.NewHousehold household) {
		var violations = new ArrayList<Violation>();
		if (household.helpRequest() == null) {
			violations.add(new Violation("helpRequest", "plans.helpRequest.required"));
		}
		text(violations, "householdName", household.householdName(), MAX_NAME, true);
		return List.copyOf(violations);
	}

	static List<Violation> check(Commands.NewMember member, LocalDate today) {
		var violations = new ArrayList<Violation>();
		text(violations, "memberName", member.memberName(), MAX_NAME, true);
		if (member.memberDateOfBirth() != null && member.memberDateOfBirth().isAfter(today)) {
			violations.add(new Violation("memberDateOfBirth", "plans.memberDateOfBirth.future"));
		} else if (member.memberDateOfBirth() != null && member.memberDateOfBirth().isBefore(DateBounds.EARLIEST_BIRTH_DATE)) {
			violations.add(new Violation("memberDateOfBirth", "plans.memberDateOfBirth.tooEarly"));
		}
		if (member.memberRole() == null) {
			violations.add(new Violation("memberRole", "plans.memberRole.required"));
		}
		text(violations, "memberRelation", member.memberRelation(), MAX_RELATION,
				member.memberRole() == MemberRole.NETWORK_MEMBER);
		var bsn = member.bsnDigits();
		if (bsn != null && !bsn.matches("\\d{9}")) {
			violations.add(new Violation("memberBsn", "plans.memberBsn.format"));
		} else if (bsn != null && member.memberRole() != MemberRole.YOUNG_PERSON) {
			violations.add(new Violation("memberBsn", "plans.memberBsn.youngPersonOnly"));
		}
		return List.copyOf(violations);
	}

	static List<Violation> check(Commands.NewDirector change, String currentDirector, Set<String> candidates) {
		var violations = new ArrayList<Violation>();
		if (!present(change.director())) {
			violations.add(new Violation("director", "plans.director.required"));
		} else if (change.director().strip().equals(currentDirector)) {
			violations.add(new Violation("director", "plans.director.same"));
		} else if (!candidates.contains(change.director().strip())) {
			violations.add(new Violation("director", "plans.director.notACaseWorker"));
		}
		if (!present(change.reason())) {
			violations.add(new Violation("reason", "plans.reason.required"));
		} else {
			var length = change.reason().strip().length();
			if (length < MIN_REASON || length > MAX_REASON) {
				violations.add(new Violation("reason", "plans.reason.length", MIN_REASON, MAX_REASON));
			}
		}
		return List.copyOf(violations);
	}
}
