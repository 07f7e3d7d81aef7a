package nl.jeugdregie.steering.internal.governance;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * STU-6: a meeting is about an assignment, so it cannot take place before the assignment's year starts; and it is
 * planned at most two years ahead, which catches a mistyped year.
 */
final class MeetingDatePolicy {

	List<Refusal> check(@Nullable LocalDate date, int assignmentYear, LocalDate today) {
		if (date == null) {
			return List.of(Refusal.of("date", "steering.refusal.date.missing"));
		}
		var yearStart = LocalDate.of(assignmentYear, 1, 1);
		if (date.isBefore(yearStart)) {
			return List.of(Refusal.of("date", "steering.refusal.date.beforeAssignment", assignmentYear));
		}
		if (date.isAfter(today.plusYears(2))) {
			return List.of(Refusal.of("date", "steering.refusal.date.tooFarAhead"));
		}
		return List.of();
	}
}
