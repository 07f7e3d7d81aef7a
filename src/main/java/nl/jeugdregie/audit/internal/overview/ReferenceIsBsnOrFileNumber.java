package nl.jeugdregie.audit.internal.overview;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** The overview is made for a client named by a valid BSN or a file number; anything else is refused. */
final class ReferenceIsBsnOrFileNumber implements Policy<ReferenceInput> {

	static final String FIELD = "reference";

	@Override
	public Optional<Refusal> check(ReferenceInput input) {
		if (input.text().isEmpty()) {
			return Optional.of(Refusal.of(FIELD, "overview.reference.missing"));
		}
		return input.reference().isPresent() ? Optional.empty()
				: Optional.of(Refusal.of(FIELD, "overview.reference.invalid"));
	}
}
