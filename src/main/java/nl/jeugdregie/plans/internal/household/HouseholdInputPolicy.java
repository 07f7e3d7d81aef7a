package nl.jeugdregie.plans.internal.household;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.present;
import static nl.jeugdregie.plans.internal.household.TextInputPolicy.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.platform.input.DateBounds;
import nl.jeugdregie.platform.result.Refusal;

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

	static List<Refusal> check(Commands.NewHousehold household) {
		var refusals = new ArrayList<Refusal>();
		if (household.helpRequest() == null) {
			refusals.add(Refusal.of("helpRequest", "plans.helpRequest.required"));
		}
		text(refusals, "householdName", household.householdName(), MAX_NAME, true);
		return List.copyOf(refusals);
	}

	static List<Refusal> check(Commands.NewMember member, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		text(refusals, "memberName", member.memberName(), MAX_NAME, true);
		if (member.memberDateOfBirth() != null && member.memberDateOfBirth().isAfter(today)) {
			refusals.add(Refusal.of("memberDateOfBirth", "plans.memberDateOfBirth.future"));
		} else if (member.memberDateOfBirth() != null && member.memberDateOfBirth().isBefore(DateBounds.EARLIEST_BIRTH_DATE)) {
			refusals.add(Refusal.of("memberDateOfBirth", "plans.memberDateOfBirth.tooEarly"));
		}
		if (member.memberRole() == null) {
			refusals.add(Refusal.of("memberRole", "plans.memberRole.required"));
		}
		text(refusals, "memberRelation", member.memberRelation(), MAX_RELATION,
				member.memberRole() == MemberRole.NETWORK_MEMBER);
		var bsn = member.bsnDigits();
		if (bsn != null && !bsn.matches("\\d{9}")) {
			refusals.add(Refusal.of("memberBsn", "plans.memberBsn.format"));
		} else if (bsn != null && member.memberRole() != MemberRole.YOUNG_PERSON) {
			refusals.add(Refusal.of("memberBsn", "plans.memberBsn.youngPersonOnly"));
		}
		return List.copyOf(refusals);
	}

	static List<Refusal> check(Commands.NewDirector change, String currentDirector, Set<String> candidates) {
		var refusals = new ArrayList<Refusal>();
		if (!present(change.director())) {
			refusals.add(Refusal.of("director", "plans.director.required"));
		} else if (change.director().strip().equals(currentDirector)) {
			refusals.add(Refusal.of("director", "plans.director.same"));
		} else if (!candidates.contains(change.director().strip())) {
			refusals.add(Refusal.of("director", "plans.director.notACaseWorker"));
		}
		if (!present(change.reason())) {
			refusals.add(Refusal.of("reason", "plans.reason.required"));
		} else {
			var length = change.reason().strip().length();
			if (length < MIN_REASON || length > MAX_REASON) {
				refusals.add(Refusal.of("reason", "plans.reason.length", MIN_REASON, MAX_REASON));
			}
		}
		return List.copyOf(refusals);
	}
}
