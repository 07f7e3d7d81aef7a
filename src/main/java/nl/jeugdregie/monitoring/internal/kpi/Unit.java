package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labelled;

/** What a KPI's value counts, with its upper bound for a target and how a value is written in Dutch. */
public enum Unit implements Labelled {

	PERCENT(new BigDecimal("100")),
	DAYS(new BigDecimal("10000")),
	NUMBER(new BigDecimal("100000000"));

	private final BigDecimal maximum;

	Unit(BigDecimal maximum) {
		this.maximum = maximum;
	}

	public BigDecimal maximum() {
		return maximum;
	}

	/** For example "89,6%", "12 dagen" or "1.250": one decimal at most, with the Dutch decimal comma. */
	public String format(BigDecimal value) {
		var rounded = value.setScale(1, RoundingMode.HALF_UP);
		var text = DutchFormat.oneDecimal(value);
		return switch (this) {
			case PERCENT -> text + "%";
			case DAYS -> text + (rounded.compareTo(BigDecimal.ONE) == 0 ? " dag" : " dagen");
			case NUMBER -> text;
		};
	}
}
