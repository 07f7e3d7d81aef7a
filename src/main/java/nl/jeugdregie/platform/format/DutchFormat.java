package nl.jeugdregie.platform.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Dates, amounts, percentages and counts written the Dutch way, the same in Java and in templates (where the
 * bean {@code fmt}, a {@link TemplateFormat}, exposes them: {@code ${@fmt.date(request.receivedOn)}}).
 * <p>
 * Instants are shown in Dutch time, the zone every norm counts days in. {@code null} becomes the empty text, so a
 * template shows nothing rather than "null".
 */
public final class DutchFormat {

	public static final Locale DUTCH = Locale.of("nl", "NL");
	public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	/** "16-11-2026": the short day, without leading zeros. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy", DUTCH);
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", DUTCH);
	private static final DateTimeFormatter DAY_AT_TIME = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm", DUTCH);
	private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
	private static final DateTimeFormatter LONG_DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH);
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss", DUTCH);
	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(DUTCH);

	private DutchFormat() {}

	/** "16-11-2026". */
	public static String date(@Nullable TemporalAccessor day) {
		return format(day, DAY);
	}

	/** "16-11-2026 10:05". */
	public static String dateTime(@Nullable TemporalAccessor moment) {
		return format(moment, DAY_TIME);
	}

	/** "16-11-2026 om 10:05", as a sentence says it. */
	public static String dateAtTime(@Nullable TemporalAccessor moment) {
		return format(moment, DAY_AT_TIME);
	}

	/** "16 november 2026". */
	public static String longDate(@Nullable TemporalAccessor day) {
		return format(day, LONG_DAY);
	}

	/** "16 november 2026, 10:05". */
	public static String longDateTime(@Nullable TemporalAccessor moment) {
		return format(moment, LONG_DAY_TIME);
	}

	/** "16-11-2026 10:05:09": to the second, with leading zeros so a column of them lines up (audit trail). */
	public static String timestamp(@Nullable TemporalAccessor moment) {
		return format(moment, TIMESTAMP);
	}

	/** A day as a date field sends it (2026-12-08) or as people type it (8-12-2026); empty when neither. */
	public static Optional<LocalDate> parseDate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var value = text.strip();
		for (var format : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, DAY }) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/** Euro cents as "€ 1.234,56", a negative amount as "− € 1.234,56" (with a real minus sign). */
	public static String euro(long cents) {
		var text = new DecimalFormat("#,##0.00", SYMBOLS).format(BigDecimal.valueOf(Math.abs(cents), 2));
		return (cents < 0 ? "− € " : "€ ") + text;
	}

	/** A difference with its sign: "+ € 0,01", "− € 0,01" or "€ 0,00". */
	public static String signedEuro(long cents) {
		return cents > 0 ? "+ " + euro(cents) : euro(cents);
	}

	/** A whole number with thousands separated: "1.234". */
	public static String number(long value) {
		return new DecimalFormat("#,##0", SYMBOLS).format(value);
	}

	/** A figure with at most one decimal, rounded half up and without a trailing zero: "89,8", "90", "1.250". */
	public static String oneDecimal(BigDecimal value) {
		var rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString().replace('.', ',');
	}

	/** A figure with at most two decimals and no grouping: "92,5", "11"; "–" when there is none. */
	public static String twoDecimals(@Nullable BigDecimal value) {
		return value == null ? "–" : new DecimalFormat("0.##", SYMBOLS).format(value);
	}

	/** A percentage with at most one decimal: "89,8%", "90%". */
	public static String percent(BigDecimal value) {
		return oneDecimal(value) + "%";
	}

	/** A count with the right noun: "1 hulpvraag", "2 hulpvragen", "0 hulpvragen". */
	public static String count(long count, String singular, String plural) {
		return count + " " + (count == 1 ? singular : plural);
	}

	private static String format(@Nullable TemporalAccessor value, DateTimeFormatter pattern) {
		if (value == null) {
			return "";
		}
		return pattern.format(value instanceof Instant instant ? instant.atZone(DUTCH_TIME) : value);
	}
}
