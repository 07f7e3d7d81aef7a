package nl.jeugdregie.policy;

/** The unit a norm's amount is expressed in. Working days skip weekends and public holidays (ADR 0037). */
public enum NormUnit {
	DAYS("dagen"), WORKING_DAYS("werkdagen"), WEEKS("weken"), MONTHS("maanden"), COUNT("aantal"), PERCENT("procent"), HOUR_OF_DAY("uur");

	private final String dutchName;

	NormUnit(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
