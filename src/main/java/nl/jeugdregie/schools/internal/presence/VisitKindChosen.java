package nl.jeugdregie.schools.internal.presence;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-2: a contact says how it took place: on site, in a ZAT meeting or by phone. */
final class VisitKindChosen implements Policy<VisitDraft> {

	@Override
	public Optional<Refusal> check(VisitDraft draft) {
		return draft.kind() == null ? Optional.of(Refusal.of("kind", "schools.visit.kind.required")) : Optional.empty();
	}
}
