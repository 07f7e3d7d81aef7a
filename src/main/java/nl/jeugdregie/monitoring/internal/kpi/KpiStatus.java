package nl.jeugdregie.monitoring.internal.kpi;

import nl.jeugdregie.platform.text.Labelled;
import nl.jeugdregie.platform.text.Labels;

/** The yearly status of a KPI (MON-4), in the order the rule checks them. */
public enum KpiStatus implements Labelled {

	NOT_STARTED,
	NOT_ENTERED,
	/** No verdict: the published base is below 5, so the true base is 0 to 5 (SEC-2, ADR 0021). */
	TOO_FEW,
	MET,
	MISSED;

	/** The Dutch label; while the year runs, a judgement is only provisional. */
	public String label(boolean provisional) {
		return provisional ? Labels.of(this, "provisional") : dutchName();
	}
}
