package nl.jeugdregie.schools;

/** How a location is connected to the CJG (OND-1). */
public enum ConnectionType {
	/** Basisafspraak: the OCP is on call and contacts the school proactively. */
	BASIS("Basis"),
	/** Extra: the OCP is on site about one half-day a week, for schools with above-average help questions. */
	EXTRA("Extra");

	private final String dutchName;

	ConnectionType(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
