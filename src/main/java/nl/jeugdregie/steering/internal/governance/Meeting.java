package nl.jeugdregie.steering.internal.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of one type on one day (STU-6).
 *
 * @param changesSince the agenda covers the changes from this day on: the previous meeting of the type; null for
 *     the first meeting, whose agenda covers everything open
 */
public record Meeting(long id, long assignmentId, MeetingType type, LocalDate date, @Nullable LocalDate changesSince,
		int items, int recordedItems) {

	public boolean heldBy(LocalDate today) {
		return !date.isAfter(today);
	}
}
