package nl.jeugdregie.steering.internal.norms;

/** Where the figure behind a norm's status came from. */
public enum FigureSource {
	CASE_DATA("berekend uit de dossiers in Jeugdregie"),
	FINANCING("berekend uit de financieringsregels"),
	PROVIDER("aangeleverd door de welzijnsaanbieder"),
	NONE("geen cijfer");

	private final String dutchName;

	FigureSource(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
