package nl.jeugdregie.monitoring.internal.kpi;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Which action line (MON-4); built by the controllers from the path, so the services never see raw text. */
record ActionLineId(UUID value) {

	ActionLineId {
		Objects.requireNonNull(value, "value");
	}

	/** The id in a path, or empty when the text is no id at all (answered as not found). */
	static Optional<ActionLineId> parse(String text) {
		try {
			return Optional.of(new ActionLineId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
