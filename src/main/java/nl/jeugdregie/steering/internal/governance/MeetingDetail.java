package nl.jeugdregie.steering.internal.governance;

import java.time.LocalDate;
import java.util.List;

/** One meeting with its agenda (STU-6). */
public record MeetingDetail(Meeting meeting, List<AgendaItem> agenda, LocalDate today) {

	public boolean held() {
		return meeting.heldBy(today);
	}

	/** The agenda is prepared again only while nothing has been recorded against it. */
	public boolean mayRefresh() {
		return agenda.stream().noneMatch(AgendaItem::recorded);
	}
}
