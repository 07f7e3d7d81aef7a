package nl.jeugdregie.plans.internal.socialwork;

import java.time.LocalDate;
import nl.jeugdregie.plans.ExitRoute;
import org.jspecify.annotations.Nullable;

/** What the UI and API ask of an adult's social work trajectory (PLAN-8, PLAN-9); names are the form fields'. */
public final class SocialWorkCommands {

	private SocialWorkCommands() {}

	public record NewTrajectory(@Nullable String residentName, @Nullable LocalDate residentDateOfBirth,
			@Nullable String question, @Nullable LocalDate registeredOn) {}

	/** A conversation of the question clarification. */
	public record Conversation(@Nullable LocalDate heldOn, @Nullable String summary) {}

	/** The question is clear: what it is now, and a regular trajectory or steun en leun with its rhythm. */
	public record Clarified(@Nullable LocalDate clarifiedOn, @Nullable String clarifiedQuestion,
			@Nullable TrajectoryKind trajectoryKind, @Nullable Integer contactRhythmWeeks) {}

	/** A contact or the evaluation during the trajectory. */
	record NewContact(@Nullable ContactKind contactKind, @Nullable LocalDate contactOn,
			@Nullable ContactInitiator initiatedBy, @Nullable String contactSummary) {}

	record Closure(@Nullable LocalDate closedOn, @Nullable ExitRoute exitRoute) {}
}
