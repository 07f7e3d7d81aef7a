package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them in running text: "3 november 2026". */
public final class Dates {

	private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

	private Dates() {}

	public static String dutch(LocalDate date) {
		return DUTCH.format(date);
	}
}
