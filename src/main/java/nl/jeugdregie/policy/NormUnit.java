package nl.jeugdregie.policy;

/** The unit a norm's amount is expressed in. */
public enum NormUnit {
	DAYS("dagen"), WEEKS("weken"), MONTHS("maanden"), COUNT("aantal"), PERCENT("procent"), HOUR_OF_DAY("uur");

	private final String dutchName;

	NormUnit(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
