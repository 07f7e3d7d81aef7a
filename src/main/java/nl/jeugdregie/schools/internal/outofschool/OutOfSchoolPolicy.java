package nl.jeugdregie.schools.internal.outofschool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-7: an entry names the child, since when (not after today, not before birth), a reason and the agreed next step. */
final class OutOfSchoolPolicy {

	static final int MAX_NEXT_STEP = 500;

	private OutOfSchoolPolicy() {}

	static final int MAX_NAME = 100;

	static final Policy<OutOfSchoolDraft> NAMES = draft -> {
		if (blank(draft.givenName()) || blank(draft.familyName())) {
			return Optional.of(Refusal.of(blank(draft.givenName()) ? "givenName" : "familyName", "schools.out.name.required"));
		}
		if (draft.givenName().strip().length() > MAX_NAME || draft.familyName().strip().length() > MAX_NAME) {
			return Optional.of(Refusal.of(draft.givenName().strip().length() > MAX_NAME ? "givenName" : "familyName",
					"schools.text.long", MAX_NAME));
		}
		return Optional.empty();
	};

	static Policy<OutOfSchoolDraft> sinceKnown(LocalDate today) {
		return draft -> {
			if (draft.since() == null) {
				return Optional.of(Refusal.of("since", "schools.out.since.required"));
			}
			if (draft.since().isAfter(today)) {
				return Optional.of(Refusal.of("since", "schools.out.since.future"));
			}
			return draft.dateOfBirth() != null && !draft.since().isAfter(draft.dateOfBirth())
					? Optional.of(Refusal.of("since", "schools.out.since.before.birth")) : Optional.empty();
		};
	}

	static final Policy<OutOfSchoolDraft> BIRTH_KNOWN = draft -> draft.dateOfBirth() == null
			? Optional.of(Refusal.of("dateOfBirth", "schools.out.birth.required")) : Optional.empty();

	static final Policy<OutOfSchoolDraft> REASON = draft -> draft.reason() == null
			? Optional.of(Refusal.of("reason", "schools.out.reason.required")) : Optional.empty();

	static final Policy<OutOfSchoolDraft> NEXT_STEP = draft -> {
		if (blank(draft.nextStep())) {
			return Optional.of(Refusal.of("nextStep", "schools.out.next.step.required"));
		}
		return draft.nextStep().strip().length() > MAX_NEXT_STEP
				? Optional.of(Refusal.of("nextStep", "schools.text.long", MAX_NEXT_STEP)) : Optional.empty();
	};

	/**
	 * The linked help request is one the municipality holds. An unknown id and one of another municipality are refused
	 * alike, and nothing of the file is read.
	 */
	static Policy<OutOfSchoolDraft> linkedRequestHeld(Predicate<java.util.UUID> heldByMunicipality) {
		return draft -> draft.helpRequest() == null || heldByMunicipality.test(draft.helpRequest()) ? Optional.empty()
				: Optional.of(Refusal.of("helpRequest", "schools.out.help.request.unknown"));
	}

	static List<Refusal> check(OutOfSchoolDraft draft, LocalDate today, Predicate<java.util.UUID> heldByMunicipality) {
		var refusals = new ArrayList<Refusal>();
		for (var rule : List.of(NAMES, BIRTH_KNOWN, sinceKnown(today), REASON, NEXT_STEP, linkedRequestHeld(heldByMunicipality))) {
			rule.check(draft).ifPresent(refusals::add);
		}
		return refusals;
	}

	private static boolean blank(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank();
	}
}
