package nl.jeugdregie.identity;

import java.time.LocalDate;

/**
 * SEC-1: a youth professional's registration in the quality register of the Stichting Kwaliteitsregister Jeugd (SKJ):
 * the register number (digits only) and the last day of the registration period.
 */
public record SkjRegistration(String number, LocalDate registeredUntil) {

	public SkjRegistration {
		if (number == null || !number.matches("\\d{5,12}")) {
			throw new IllegalArgumentException("An SKJ number has 5 to 12 digits");
		}
		if (registeredUntil == null) {
			throw new IllegalArgumentException("An SKJ registration has an end date");
		}
	}

	/** Whether the professional is no longer registered on this day. */
	public boolean expiredOn(LocalDate day) {
		return registeredUntil.isBefore(day);
	}

	/** Whether the registration is still valid on {@code today} but ends on or before {@code horizon}. */
	public boolean endsBy(LocalDate today, LocalDate horizon) {
		return !expiredOn(today) && !registeredUntil.isAfter(horizon);
	}
}
