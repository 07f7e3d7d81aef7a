package nl.jeugdregie.schools.internal.contact;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-4: an absence names its first and last day, and does not end before it starts. */
final class AbsenceEndsAfterStart implements Policy<AbsenceDraft> {

	@Override
	public Optional<Refusal> check(AbsenceDraft draft) {
		if (draft.firstDay() == null) {
			return Optional.of(Refusal.of("firstDay", "schools.absence.first.required"));
		}
		if (draft.lastDay() == null) {
			return Optional.of(Refusal.of("lastDay", "schools.absence.last.required"));
		}
		return draft.lastDay().isBefore(draft.firstDay())
				? Optional.of(Refusal.of("lastDay", "schools.absence.ends.before.start")) : Optional.empty();
	}
}
