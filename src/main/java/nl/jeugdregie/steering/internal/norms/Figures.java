package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/** Norm figures (percentages, counts) read and shown the Dutch way: "92,5", "11". */
final class Figures {

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,7}([.,]\\d{1,2})?");

	private Figures() {}

	static String text(@Nullable BigDecimal value) {
		return DutchFormat.twoDecimals(value);
	}

	/** A number of at most two decimals with a comma or point; empty when it is not such a number. */
	static Optional<BigDecimal> parse(@Nullable String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		var text = typed.strip().replace("%", "").strip();
		if (!NUMBER.matcher(text).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(text.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY));
	}

	/** numerator / denominator as a percentage with two decimals, rounded half up. */
	static BigDecimal percentage(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}
}
