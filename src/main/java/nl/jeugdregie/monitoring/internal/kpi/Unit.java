package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.platform.format.DutchFormat;

/** What a KPI's value counts, with its upper bound for a target and how a value is written in Dutch. */
public enum Unit {

	PERCENT("procent", new BigDecimal("100")),
	DAYS("dagen", new BigDecimal("10000")),
	NUMBER("aantal", new BigDecimal("100000000"));

	private final String dutchName;
	private final BigDecimal maximum;

	Unit(String dutchName, BigDecimal maximum) {
		this.dutchName = dutchName;
		this.maximum = maximum;
	}

	public String dutchName() {
		return dutchName;
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
