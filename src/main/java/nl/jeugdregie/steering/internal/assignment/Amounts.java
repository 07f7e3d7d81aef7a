package nl.jeugdregie.steering.internal.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/**
 * Money and FTE as the memo writes them: euros in cents (a long, never a double) and FTE with two decimals,
 * shown and read the Dutch way ("€ 2.520.969,18", "23,10").
 */
public final class Amounts {

	// Dutch: "1.234,56", "1234,56", "1234" or "1234.56" (a dot with exactly one or two decimals is a decimal point).
	private static final Pattern DUTCH = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?");
	private static final Pattern POINT = Pattern.compile("\\d+\\.\\d{1,2}");
	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"));

	/** The largest amount one line may hold: a hundred million euro, far above any line of a welfare assignment. */
	public static final long MAX_LINE_CENTS = 10_000_000_000L;
	public static final BigDecimal MAX_FTE = new BigDecimal("9999.99");

	private Amounts() {}

	public static String euro(long cents) {
		return DutchFormat.euro(cents);
	}

	/** A difference with its sign, "+ € 0,01" or "− € 0,01". */
	public static String signedEuro(long cents) {
		return DutchFormat.signedEuro(cents);
	}

	public static String fte(@Nullable BigDecimal fte) {
		if (fte == null) {
			return "–";
		}
		return new DecimalFormat("#,##0.00", SYMBOLS).format(fte.setScale(2, RoundingMode.UNNECESSARY));
	}

	/** Euros typed by a person, to cents; empty when it is not an amount of at most two decimals. */
	public static Optional<Long> parseEuroCents(@Nullable String typed) {
		var normalised = normalised(typed);
		if (normalised == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(normalised.movePointRight(2).longValueExact());
		}
		catch (ArithmeticException tooLarge) {
			return Optional.empty();
		}
	}

	/** FTE typed by a person ("0,5", "1,95"); empty when it is not a number of at most two decimals. */
	public static Optional<BigDecimal> parseFte(@Nullable String typed) {
		return Optional.ofNullable(normalised(typed)).map(value -> value.setScale(2, RoundingMode.UNNECESSARY));
	}

	private static @Nullable BigDecimal normalised(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		var text = typed.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
		if (POINT.matcher(text).matches()) {
			return new BigDecimal(text);
		}
		if (!DUTCH.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text.replace(".", "").replace(',', '.'));
	}
}
