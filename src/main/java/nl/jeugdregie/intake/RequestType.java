package nl.jeugdregie.intake;

/** The kind of registration; integrated early help has its own coordination list (TOE-16). */
public enum RequestType {
	REGULAR("Hulpvraag"),
	/** Integrale vroeghulp: young children with (possible) developmental problems, coordinated by the CJG. */
	INTEGRATED_EARLY_HELP("Integrale vroeghulp (IVH)");

	private final String dutchName;

	RequestType(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
