package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.plans.internal.plan.Contributor;
import org.jspecify.annotations.Nullable;

/**
 * A multidisciplinary meeting (MDO) of a household (PLAN-1): who took part, the agenda, the decisions, the plan
 * version it produced and when the next MDO is. {@code absenceReason} is why no one of the family was present.
 */
record PlanMeeting(UUID id, LocalDate heldOn, List<Attendee> participants, List<String> agenda,
		List<String> decisions, boolean familyPresent, @Nullable String absenceReason, int producedVersion,
		@Nullable LocalDate nextMeetingOn, String recordedBy) {

	record Attendee(String name, Contributor kind, boolean present) {}
}
