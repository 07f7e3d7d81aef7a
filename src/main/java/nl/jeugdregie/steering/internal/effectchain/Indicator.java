package nl.jeugdregie.steering.internal.effectchain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of a goal (STU-2): what it measures, its unit, its target, and the norm whose latest evaluated figure
 * is its figure. Without a norm Jeugdregie computes no figure for it.
 */
public record Indicator(long id, long goalId, int position, String name, String measures, String unit,
		@Nullable Long normId, @Nullable BigDecimal target, int version) {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"));

	/** The target the Dutch way, "90" or "12,5"; empty when there is none. */
	public String targetText() {
		return target == null ? "" : new DecimalFormat("0.##", SYMBOLS).format(target);
	}

	/** The target with its unit, "90 %" or "11 wijkgebieden"; empty when there is none. */
	public String targetWithUnit() {
		if (target == null) {
			return "";
		}
		return unit.isEmpty() ? targetText() : targetText() + " " + unit;
	}
}
