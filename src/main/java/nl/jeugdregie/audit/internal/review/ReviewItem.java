package nl.jeugdregie.audit.internal.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A read with a reason on the review list (SEC-2): from the audit row, who read which file, when and why; the team
 * holding the file, whose lead reviews it; the state of the review and its version. {@code dueOn}: the last day of
 * the review term (the municipality's norm in effect on the day of the read).
 */
record ReviewItem(long id, MunicipalityCode municipality, TeamId team, @Nullable UUID actorTeam, ClientId client,
		String subject, String readerUsername, String readerRole, Instant readAt, String reason, ReviewState state,
		long version, LocalDate dueOn) {

	/** The badge: decided, or unreviewed and whether the term has passed on {@code today}. */
	ReviewStatus status(LocalDate today) {
		return switch (state) {
			case ReviewState.Unreviewed u -> today.isAfter(dueOn) ? ReviewStatus.OVERDUE : ReviewStatus.UNREVIEWED;
			case ReviewState.Justified j -> ReviewStatus.JUSTIFIED;
			case ReviewState.Reported r -> ReviewStatus.REPORTED;
		};
	}

	boolean decided() {
		return switch (state) {
			case ReviewState.Unreviewed u -> false;
			case ReviewState.Justified j -> true;
			case ReviewState.Reported r -> true;
		};
	}
}
