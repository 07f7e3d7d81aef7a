package nl.jeugdregie.monitoring.internal.kpi;

/** The yearly status of a KPI (MON-4), in the order the rule checks them. */
public enum KpiStatus {

	NOT_STARTED("Jaar nog niet begonnen", "Jaar nog niet begonnen"),
	NOT_ENTERED("Nog niet ingevuld", "Nog niet ingevuld"),
	NO_DATA("Nog geen gegevens", "Nog geen gegevens"),
	TOO_FEW("Te weinig gegevens", "Te weinig gegevens"),
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
