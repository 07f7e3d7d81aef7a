package nl.jeugdregie.intake.internal.worklist;

import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.lifecycle.TermStatus;
import org.jspecify.annotations.Nullable;

/** A worklist line for a request in treatment: its stage, conversations against the maximum, its running term. */
public record ProgressRow(HelpRequestId id, String number, String name, String stage, int conversations,
		int maxConversations, @Nullable TermStatus term) {

	/** TOE-7: the maximum is reached, so the next step is an application or a recorded decision to continue. */
	public boolean atMaximum() {
		return conversations >= maxConversations;
	}
}
