package nl.jeugdregie.schools;

import nl.jeugdregie.platform.text.Labelled;

/** The kind of education (or childcare) at a location; the presence norm depends on it (OND-2). */
public enum SchoolType implements Labelled {
	/** Basisonderwijs (BAO). */
	PRIMARY,
	/** Speciaal basisonderwijs (SBO). */
	SPECIAL_PRIMARY,
	/** Speciaal onderwijs (SO). */
	SPECIAL,
	/** Voortgezet onderwijs (VO). */
	SECONDARY,
	/** Voortgezet speciaal onderwijs (VSO). */
	SPECIAL_SECONDARY,
	/** Kinderopvang. */
	CHILDCARE;

	/** Primary education, where family contact persons work (OND-6). */
	public boolean isPrimary() {
		return this == PRIMARY || this == SPECIAL_PRIMARY;
	}
}
