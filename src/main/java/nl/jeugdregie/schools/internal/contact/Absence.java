package nl.jeugdregie.schools.internal.contact;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded absence: from the first to the last day, both included. */
public record Absence(UUID id, String username, LocalDate firstDay, LocalDate lastDay) {

	public Absence {
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("An absence ends on or after its first day");
		}
	}

	boolean covers(LocalDate day) {
		return !day.isBefore(firstDay) && !day.isAfter(lastDay);
	}
}
