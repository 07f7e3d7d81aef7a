package nl.jeugdregie.schools.internal.presencenorm;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * OND-2: a new norm takes effect today or later. A date in the past would change afterwards which locations were
 * behind their norm on days already reported; a correction of the past is a new norm from today.
 */
final class NormStartsFromToday implements Policy<NormDraft> {

	private final LocalDate today;

	NormStartsFromToday(LocalDate today) {
		this.today = today;
	}

	@Override
	public Optional<Refusal> check(NormDraft draft) {
		if (draft.effectiveFrom() == null) {
			return Optional.of(Refusal.of("effectiveFrom", "schools.norm.effectiveFrom.required"));
		}
		return draft.effectiveFrom().isBefore(today)
				? Optional.of(Refusal.of("effectiveFrom", "schools.norm.effectiveFrom.past"))
				: Optional.empty();
	}
}
