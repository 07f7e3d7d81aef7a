package nl.jeugdregie.plans.internal;

import java.time.LocalDate;
import nl.jeugdregie.plans.ExitRoute;
import org.jspecify.annotations.Nullable;

/** What the UI and API ask of an adult's social work trajectory (PLAN-8, PLAN-9); names are the form fields'. */
final class SocialWorkCommands {

	private SocialWorkCommands() {}

	record NewTrajectory(@Nullable String residentName, @Nullable LocalDate residentDateOfBirth,
			@Nullable String question, @Nullable LocalDate registeredOn) {}

	/** A conversation of the question clarification. */
	record Conversation(@Nullable LocalDate heldOn, @Nullable String summary) {}

	/** The question is clear: what it is now, and a regular trajectory or steun en leun with its rhythm. */
	record Clarified(@Nullable LocalDate clarifiedOn, @Nullable String clarifiedQuestion,
			@Nullable TrajectoryKind trajectoryKind, @Nullable Integer contactRhythmWeeks) {}

	/** A contact or the evaluation during the trajectory. */
	record NewContact(@Nullable ContactKind contactKind, @Nullable LocalDate contactOn,
			@Nullable ContactInitiator initiatedBy, @Nullable String contactSummary) {}

	record Closure(@Nullable LocalDate closedOn, @Nullable ExitRoute exitRoute) {}
}
