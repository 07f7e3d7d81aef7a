package nl.jeugdregie.steering.internal.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Days as a date field sends them (2026-12-08) or as people type them (8-12-2026). */
public final class DutchDates {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
	static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl", "NL"));

	private DutchDates() {}

	/** Empty when blank or unreadable; {@link #blank} tells the two apart. */
	public static Optional<LocalDate> parse(@Nullable String text) {
		if (blank(text)) {
			return Optional.empty();
		}
		var value = text.strip();
		for (var format : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, DAY }) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next
			}
		}
		return Optional.empty();
	}

	public static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
