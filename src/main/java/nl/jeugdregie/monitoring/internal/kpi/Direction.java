package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import nl.jeugdregie.platform.text.Labelled;

/** Whether a KPI's target is a floor ("ten minste 90%") or a ceiling ("ten hoogste 10 dagen"). */
public enum Direction implements Labelled {

	AT_LEAST,
	AT_MOST;

	/** Whether {@code value} meets {@code target}; both in the same scale, compared exactly. */
	boolean met(BigDecimal value, BigDecimal target) {
		var comparison = value.compareTo(target);
		return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
	}
}
