package nl.jeugdregie.schools.internal.location;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** A location's postcode is a Dutch postcode: four digits, not starting with 0, and two letters. */
final class PostcodeWellFormed implements Policy<LocationDraft> {

	@Override
	public Optional<Refusal> check(LocationDraft draft) {
		return draft.postcode() != null && Postcode.valid(draft.postcode()) ? Optional.empty()
				: Optional.of(Refusal.of("postcode", "schools.location.postcode.invalid"));
	}
}
