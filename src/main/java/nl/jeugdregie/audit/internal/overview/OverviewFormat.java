package nl.jeugdregie.audit.internal.overview;

/** How the overview is handed out; the audit row of its making says which. */
enum OverviewFormat {
	SCREEN("op het scherm"),
	PDF("als PDF"),
	API("via de API");

	private final String dutchName;

	OverviewFormat(String dutchName) {
		this.dutchName = dutchName;
	}

	String dutchName() {
		return dutchName;
	}
}
