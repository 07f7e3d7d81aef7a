package nl.jeugdregie.allocation.internal.provider;

/** TOEW-3: how a contract was procured. Light help by open house (the family chooses), heavy help by tender. */
public enum ProcurementRoute {

	OPEN_HOUSE("Open house (lichte hulp: het gezin kiest met advies van het toegangsteam)"),
	TENDERED("Aanbesteed (zware hulp)");

	private final String dutchName;

	ProcurementRoute(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
