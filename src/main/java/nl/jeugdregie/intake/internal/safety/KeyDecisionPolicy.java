package nl.jeugdregie.intake.internal.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOE-14: a key decision not agreed with the parents (kernbeslissing zonder instemming van ouders) is taken
 * by a behavioural expert only: a user with the behavioural expertise in their profile, or in the role of
 * gedragsdeskundige (ADR 0009). Anyone else is refused before anything else is looked at.
 */
final class KeyDecisionPolicy {

	private KeyDecisionPolicy() {}

	static boolean isBehaviouralExpert(Role role, Set<Expertise> expertise) {
		return role == Role.BEHAVIOURAL_EXPERT || expertise.contains(Expertise.BEHAVIOURAL_EXPERTISE);
	}

	static List<Refusal> check(Role role, Set<Expertise> expertise, @Nullable String decision,
			@Nullable LocalDate decidedOn, LocalDate registeredOn, LocalDate today) {
		if (!isBehaviouralExpert(role, expertise)) {
			return List.of(Refusal.of("decision", "intake.safety.keyDecision.behaviouralExpertOnly"));
		}
		var refusals = new ArrayList<Refusal>();
		SafetyPolicy.checkText(refusals, "decision", "intake.safety.keyDecision.required", decision, SafetyPolicy.MAX_TEXT);
		SafetyPolicy.checkDate(refusals, "decidedOn", decidedOn, registeredOn, today);
		return refusals;
	}
}
