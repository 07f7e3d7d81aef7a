package nl.jeugdregie.monitoring.internal.kpi;

/** The yearly status of a KPI (MON-4), in the order the rule checks them. */
public enum KpiStatus {

	NOT_STARTED("Jaar nog niet begonnen", "Jaar nog niet begonnen"),
	NOT_ENTERED("Nog niet ingevuld", "Nog niet ingevuld"),
	/** No verdict: the published base is below 5, so the true base is 0 to 5 (SEC-2, ADR 0021). */
	TOO_FEW("Geen of te weinig gegevens", "Geen of te weinig gegevens"),
	MET("Behaald", "Op koers (voorlopig)"),
	MISSED("Niet behaald", "Niet op koers (voorlopig)");

	private final String label;
	private final String provisionalLabel;

	KpiStatus(String label, String provisionalLabel) {
		this.label = label;
		this.provisionalLabel = provisionalLabel;
	}

	/** The Dutch label; while the year runs, a judgement is only provisional. */
	public String label(boolean provisional) {
		return provisional ? provisionalLabel : label;
	}
}
