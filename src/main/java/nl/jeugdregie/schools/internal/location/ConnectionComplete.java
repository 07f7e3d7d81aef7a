package nl.jeugdregie.schools.internal.location;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-1: a connection names its type and its start date, which is not after today. */
final class ConnectionComplete {

	private ConnectionComplete() {}

	static final Policy<ConnectionDraft> TYPE = draft -> draft.type() == null
			? Optional.of(Refusal.of("connectionType", "schools.connection.type.required")) : Optional.empty();

	static Policy<ConnectionDraft> startKnown(LocalDate today) {
		return draft -> {
			if (draft.since() == null) {
				return Optional.of(Refusal.of("since", "schools.connection.since.required"));
			}
			return draft.since().isAfter(today) ? Optional.of(Refusal.of("since", "schools.connection.since.future"))
					: Optional.empty();
		};
	}

}
