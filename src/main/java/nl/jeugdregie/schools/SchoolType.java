package nl.jeugdregie.schools;

/** The kind of education (or childcare) at a location; the presence norm depends on it (OND-2). */
public enum SchoolType {
	/** Basisonderwijs (BAO). */
	PRIMARY("Basisonderwijs"),
	/** Speciaal basisonderwijs (SBO). */
	SPECIAL_PRIMARY("Speciaal basisonderwijs"),
	/** Speciaal onderwijs (SO). */
	SPECIAL("Speciaal onderwijs"),
	/** Voortgezet onderwijs (VO). */
	SECONDARY("Voortgezet onderwijs"),
	/** Voortgezet speciaal onderwijs (VSO). */
	SPECIAL_SECONDARY("Voortgezet speciaal onderwijs"),
	/** Kinderopvang. */
	CHILDCARE("Kinderopvang");

	private final String dutchName;

	SchoolType(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	/** Primary education, where family contact persons work (OND-6). */
	public boolean isPrimary() {
		return this == PRIMARY || this == SPECIAL_PRIMARY;
	}
}
