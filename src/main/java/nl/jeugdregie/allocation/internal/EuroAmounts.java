package nl.jeugdregie.allocation.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Euro amounts as people type them ("84,50", "€ 1.234,56", "84.50") into whole cents (ADR 0007). */
public final class EuroAmounts {

	private EuroAmounts() {}

	public static Optional<Long> parseCents(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var value = text.replace("€", "").replace(" ", "").strip();
		if (value.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
			value = value.replace(".", "").replace(',', '.');
		}
		else if (value.matches("\\d+,\\d{1,2}")) {
			value = value.replace(',', '.');
		}
		else if (!value.matches("\\d+(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(value).movePointRight(2).longValueExact());
		}
		catch (ArithmeticException | NumberFormatException notAnAmount) {
			return Optional.empty();
		}
	}

	/** Cents as the CSV writes them: "84.50". */
	public static String plain(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}
}
