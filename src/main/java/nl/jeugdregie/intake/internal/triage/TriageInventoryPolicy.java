package nl.jeugdregie.intake.internal.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOE-4: the checklist covers every life domain of the municipality's current list, each with a concern yes or
 * no, and a note where there is a concern; it is recorded while the request is in triage (before the outcome).
 * Question clarification notes are written while the request is open. Refusals of the checklist name the
 * life domain as the field.
 */
final class TriageInventoryPolicy {

	static final int MAX_ENTRY_NOTE = 1000;
	static final int MAX_NOTE = 2000;

	private TriageInventoryPolicy() {}

	static List<Refusal> checkChecklist(HelpRequestState state, List<String> domains,
			List<TriageInventory.Answer> answers) {
		if (!(state instanceof HelpRequestState.AwaitingTreatment || state instanceof HelpRequestState.InTriage)) {
			return List.of(Refusal.of("checklist", "intake.checklist.afterTriage"));
		}
		var refusals = new ArrayList<Refusal>();
		for (var answer : answers) {
			if (answer.domain() == null || !domains.contains(answer.domain())) {
				refusals.add(Refusal.of("checklist", "intake.checklist.unknownDomain", String.valueOf(answer.domain())));
			}
		}
		var seen = new HashSet<String>();
		for (var domain : domains) {
			var answer = answers.stream().filter(a -> domain.equals(a.domain())).findFirst();
			if (answer.isEmpty() || answer.get().concern() == null) {
				refusals.add(Refusal.of(domain, "intake.checklist.concern.required", domain));
			} else if (answer.get().concern() && blank(answer.get().note())) {
				refusals.add(Refusal.of(domain, "intake.checklist.note.required", domain));
			} else if (!blank(answer.get().note()) && answer.get().note().strip().length() > MAX_ENTRY_NOTE) {
				refusals.add(Refusal.of(domain, "intake.text.tooLong", MAX_ENTRY_NOTE));
			}
			if (!seen.add(domain)) {
				refusals.add(Refusal.of(domain, "intake.checklist.unknownDomain", domain));
			}
		}
		return refusals;
	}

	static List<Refusal> checkNote(HelpRequestState state, @Nullable String note) {
		if (!state.open()) {
			return List.of(Refusal.of("note", "intake.clarification.closed"));
		}
		if (blank(note)) {
			return List.of(Refusal.of("note", "intake.clarification.note.required"));
		}
		return note.strip().length() > MAX_NOTE ? List.of(Refusal.of("note", "intake.text.tooLong", MAX_NOTE))
				: List.of();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
