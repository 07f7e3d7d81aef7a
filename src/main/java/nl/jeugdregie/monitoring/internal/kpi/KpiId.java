package nl.jeugdregie.monitoring.internal.kpi;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Which KPI (MON-4); built by the controllers from the path, so the services never see raw text. */
record KpiId(UUID value) {

	KpiId {
		Objects.requireNonNull(value, "value");
	}

	/** The id in a path, or empty when the text is no id at all (answered as not found). */
	static Optional<KpiId> parse(String text) {
		try {
			return Optional.of(new KpiId(UUID.fromString(text)));
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
