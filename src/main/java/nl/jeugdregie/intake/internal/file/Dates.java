package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import nl.jeugdregie.platform.format.DutchFormat;

/** Dates as Dutch readers write them in running text: "3 november 2026". */
public final class Dates {

	private Dates() {}

	public static String dutch(LocalDate date) {
		return DutchFormat.longDate(date);
	}
}
