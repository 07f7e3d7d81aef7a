package nl.jeugdregie.steering.internal.governance;

import nl.jeugdregie.steering.internal.agenda.AgendaItemKind;
import org.jspecify.annotations.Nullable;

/** An item on a meeting's agenda, with the minutes and the decision recorded against it (STU-6). */
public record AgendaItem(long id, long meetingId, int position, AgendaItemKind kind, @Nullable Long subjectId,
		String title, String detail, String minutes, String decision, @Nullable String recordedBy, int version) {

	public boolean recorded() {
		return !minutes.isBlank() || !decision.isBlank();
	}
}
