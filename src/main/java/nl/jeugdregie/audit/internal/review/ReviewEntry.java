package nl.jeugdregie.audit.internal.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A review item as the team lead and the privacy officer see it (page and API): the file's number, never the
 * client's name (SEC-2); who read it (name, role, own team), when and why; the status badge; the decision.
 */
record ReviewEntry(long id, String file, String team, String readerName, String readerRole, String readerTeam,
		Instant readAt, String reason, ReviewStatus status, String statusText, LocalDate reviewBefore,
		@Nullable ReviewDecision decision, @Nullable String explanation, @Nullable String decidedBy,
		@Nullable Instant decidedAt, long version) {

	public boolean open() {
		return decision == null;
	}

	public boolean overdue() {
		return status == ReviewStatus.OVERDUE;
	}
}
