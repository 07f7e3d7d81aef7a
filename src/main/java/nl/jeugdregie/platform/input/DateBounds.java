package nl.jeugdregie.platform.input;

import java.time.LocalDate;

/**
 * Plausible ranges for dates people type, so a typo such as 0000-01-01 or +999999999-12-31 is refused with a
 * message instead of stored. Modules check these in their own policies and give their own field name.
 */
public final class DateBounds {

	/** Nobody we help or register in a household was born before this day. */
	public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
	/** Jeugdregie's norms and steering start with the Youth Act decentralisation of 2015. */
	public static final LocalDate EARLIEST_EFFECTIVE_DATE = LocalDate.of(2015, 1, 1);
	/** How far ahead a norm or steering figure may be planned. */
	public static final int EFFECTIVE_HORIZON_YEARS = 10;

	public static final String BIRTH_DATE_MESSAGE = "Vul een geboortedatum in vanaf 1 januari 1900 en niet later dan vandaag.";
	public static final String EFFECTIVE_DATE_MESSAGE = "Vul een datum in vanaf 1 januari 2015 en hooguit 10 jaar vooruit.";

	private DateBounds() {}

	/** From 1 January 1900 up to and including today. */
	public static boolean isPlausibleBirthDate(LocalDate date, LocalDate today) {
		return !date.isBefore(EARLIEST_BIRTH_DATE) && !date.isAfter(today);
	}

	/** From 1 January 2015 up to and including ten years after today. */
	public static boolean isWithinEffectiveHorizon(LocalDate date, LocalDate today) {
		return !date.isBefore(EARLIEST_EFFECTIVE_DATE) && !date.isAfter(today.plusYears(EFFECTIVE_HORIZON_YEARS));
	}
}
