package nl.jeugdregie.schools.internal.contact;

import nl.jeugdregie.platform.text.Labels;

/**
 * OND-4: who the school turns to today. The OCP when present; the stand-in when the OCP is absent (or not
 * assigned) and the stand-in is present; otherwise the school contacts the CJG directly.
 */
public sealed interface Cover {

	/** The location's own OCP is available. */
	record ByOcp(String username) implements Cover {}

	/** The OCP is absent or not assigned; the stand-in covers. */
	record ByStandIn(String username) implements Cover {}

	/** Nobody covers: "school neemt rechtstreeks contact op met het CJG". */
	record SchoolContactsCjgDirectly() implements Cover {}

	default boolean covered() {
		return switch (this) {
			case ByOcp o -> true;
			case ByStandIn s -> true;
			case SchoolContactsCjgDirectly d -> false;
		};
	}

	/** Who covers, or null when the school contacts the CJG directly. */
	default @org.jspecify.annotations.Nullable String username() {
		return switch (this) {
			case ByOcp o -> o.username();
			case ByStandIn s -> s.username();
			case SchoolContactsCjgDirectly d -> null;
		};
	}

	/** Which role covers, in Dutch. */
	default String dutchText() {
		return Labels.ofType(getClass());
	}

	static Cover of(@org.jspecify.annotations.Nullable String ocp, @org.jspecify.annotations.Nullable String standIn,
			java.util.Set<String> absentToday) {
		if (ocp != null && !absentToday.contains(ocp)) {
			return new ByOcp(ocp);
		}
		if (standIn != null && !absentToday.contains(standIn)) {
			return new ByStandIn(standIn);
		}
		return new SchoolContactsCjgDirectly();
	}
}
