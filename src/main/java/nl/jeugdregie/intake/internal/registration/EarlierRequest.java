package nl.jeugdregie.intake.internal.registration;

import java.time.LocalDate;
import nl.jeugdregie.intake.HelpRequestId;
import org.jspecify.annotations.Nullable;

/** TOE-12: the latest earlier request of the same young person, and who handled it. */
public record EarlierRequest(HelpRequestId id, String number, @Nullable LocalDate closedOn, String handledBy) {

	/** Whether a request registered on {@code day} returns within the period after this one ended (or while open). */
	public boolean withinPeriod(LocalDate day, java.time.Period period) {
		return closedOn == null || !closedOn.plus(period).isBefore(day);
	}
}
