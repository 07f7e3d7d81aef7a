package nl.jeugdregie.schools.internal.location;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.schools.ConnectionType;

/**
 * How a location is connected to the CJG (OND-1). "Extra" names its reason (above-average help questions) and
 * whether the agreed half-day on site is realised (planned until then; the letter: 12 agreed, 11 realised).
 */
public sealed interface Connection {

	LocalDate since();

	/** Basisafspraak: on call and proactive contact. */
	record Basis(LocalDate since) implements Connection {}

	/** An OCP on site about one half-day a week. */
	record Extra(LocalDate since, String reason, boolean realised) implements Connection {
		public Extra {
			if (reason == null || reason.isBlank()) {
				throw new IllegalArgumentException("An extra connection names its reason");
			}
		}
	}

	default ConnectionType type() {
		return switch (this) {
			case Basis b -> ConnectionType.BASIS;
			case Extra e -> ConnectionType.EXTRA;
		};
	}

	/** Shown on the location: "Basis" or "Extra (gerealiseerd)" / "Extra (gepland)". */
	default String dutchText() {
		return this instanceof Extra e && !e.realised() ? Labels.ofType(Extra.class, "planned")
				: Labels.ofType(getClass());
	}

	default boolean realised() {
		return switch (this) {
			case Basis b -> true;
			case Extra e -> e.realised();
		};
	}
}
