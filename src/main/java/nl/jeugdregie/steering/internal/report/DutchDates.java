package nl.jeugdregie.steering.internal.report;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/** Days as a date field sends them (2026-12-08) or as people type them (8-12-2026). */
public final class DutchDates {

	private DutchDates() {}

	/** Empty when blank or unreadable; {@link #blank} tells the two apart. */
	public static Optional<LocalDate> parse(@Nullable String text) {
		return DutchFormat.parseDate(text);
	}

	public static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
