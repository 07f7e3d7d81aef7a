package nl.jeugdregie.steering.internal.governance;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import org.jspecify.annotations.Nullable;

/** The governance page: the calendar, the meetings (latest first) and the rhythm per meeting type. */
public record GovernanceOverview(String municipalityName, @Nullable Assignment assignment, LocalDate today,
		GovernanceCalendar calendar, List<Meeting> meetings, List<MeetingRhythm> rhythms) {

	public List<Meeting> upcoming() {
		return meetings.stream().filter(meeting -> !meeting.heldBy(today)).toList();
	}

	public List<Meeting> held() {
		return meetings.stream().filter(meeting -> meeting.heldBy(today)).toList().reversed();
	}
}
