package nl.jeugdregie.audit.internal.review;

import java.util.List;

/**
 * The review list: open items (overdue first), then decided ones, newest first. {@code allTeams}: the privacy
 * officer's read-only view of every team of the municipality; {@code termDays}: the review term in effect today.
 */
record ReviewOverview(List<ReviewEntry> open, List<ReviewEntry> decided, long overdue, boolean allTeams, int termDays) {

	public boolean empty() {
		return open.isEmpty() && decided.isEmpty();
	}
}
