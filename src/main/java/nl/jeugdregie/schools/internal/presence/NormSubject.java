package nl.jeugdregie.schools.internal.presence;

import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.schools.SchoolType;

/** What a presence norm is about: contact with a type of location, or the "extra" half-day on site (OND-2). */
public enum NormSubject {
	PRIMARY, SPECIAL_PRIMARY, SPECIAL, SECONDARY, SPECIAL_SECONDARY, CHILDCARE,
	/** The "extra" connection: the OCP on site about one half-day a week. */
	EXTRA_ON_SITE;

	public static NormSubject of(SchoolType type) {
		return switch (type) {
			case PRIMARY -> PRIMARY;
			case SPECIAL_PRIMARY -> SPECIAL_PRIMARY;
			case SPECIAL -> SPECIAL;
			case SECONDARY -> SECONDARY;
			case SPECIAL_SECONDARY -> SPECIAL_SECONDARY;
			case CHILDCARE -> CHILDCARE;
		};
	}

	public String dutchName() {
		return this == EXTRA_ON_SITE ? Labels.of(this) : SchoolType.valueOf(name()).dutchName();
	}
}
