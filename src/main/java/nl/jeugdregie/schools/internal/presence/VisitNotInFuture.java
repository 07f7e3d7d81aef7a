package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-2: a visit or contact has happened: its date is known and not after today. */
final class VisitNotInFuture implements Policy<VisitDraft> {

	private final LocalDate today;

	VisitNotInFuture(LocalDate today) {
		this.today = today;
	}

	@Override
	public Optional<Refusal> check(VisitDraft draft) {
		if (draft.date() == null) {
			return Optional.of(Refusal.of("date", "schools.visit.date.required"));
		}
		return draft.date().isAfter(today) ? Optional.of(Refusal.of("date", "schools.visit.date.future"))
				: Optional.empty();
	}
}
