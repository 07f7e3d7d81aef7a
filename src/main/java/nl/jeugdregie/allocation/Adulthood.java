package nl.jeugdregie.allocation;

import java.util.Optional;

/**
 * MON-5 ("18plussers", the 18-/18+ transition): where an allocation stands against the young person's 18th birthday.
 * Only this band leaves allocation, never the date of birth or the age.
 */
public enum Adulthood {

	/** Younger than 18 on the last day of the allocation. */
	UNDER_18,
	/** Younger than 18 on the first day, 18 or older on the last: the allocation runs past the 18th birthday. */
	TURNS_18_DURING,
	/** 18 or older on the first day (extended youth care, verlengde jeugdhulp). */
	ADULT_AT_START,
	/** No young person known (an arrangement without a client) or no age known. */
	UNKNOWN;

	/** The band from the ages in whole years on the first and the last day of the allocation. */
	public static Adulthood of(Optional<Integer> ageAtStart, Optional<Integer> ageAtEnd) {
		if (ageAtStart.isEmpty() || ageAtEnd.isEmpty()) {
			return UNKNOWN;
		}
		if (ageAtStart.get() >= 18) {
			return ADULT_AT_START;
		}
		return ageAtEnd.get() >= 18 ? TURNS_18_DURING : UNDER_18;
	}
}
