package nl.jeugdregie.schools.internal.location;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.ConnectionType;

/** OND-1: an "extra" connection is for schools with above-average help questions, so it says why. */
final class ExtraConnectionNeedsReason implements Policy<ConnectionDraft> {

	static final int MAX_LENGTH = 500;

	@Override
	public Optional<Refusal> check(ConnectionDraft draft) {
		if (draft.type() != ConnectionType.EXTRA) {
			return Optional.empty();
		}
		if (draft.reason() == null || draft.reason().isBlank()) {
			return Optional.of(Refusal.of("reason", "schools.connection.reason.required"));
		}
		return draft.reason().strip().length() > MAX_LENGTH
				? Optional.of(Refusal.of("reason", "schools.connection.reason.long", MAX_LENGTH)) : Optional.empty();
	}
}
