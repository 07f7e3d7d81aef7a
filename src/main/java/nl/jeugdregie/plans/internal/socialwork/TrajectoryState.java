package nl.jeugdregie.plans.internal.socialwork;

import java.time.LocalDate;
import nl.jeugdregie.plans.ExitRoute;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Where an adult's social work trajectory is (PLAN-8, PLAN-9, ADR 0011): registered, then question clarification
 * from the first conversation, then the trajectory itself from the clarification, then closed with an exit route.
 * Each state carries exactly the dates that exist in it.
 */
sealed interface TrajectoryState {

	/** Registered; the first-conversation clock runs. */
	record Registered() implements TrajectoryState {}

	/** Question clarification: the first conversation was held. */
	record Clarifying(LocalDate firstConversationOn) implements TrajectoryState {}

	/**
	 * The question is clear; the trajectory runs. A regular one ends at {@code plannedEnd}; steun en leun has no end
	 * but a contact rhythm.
	 */
	record InTrajectory(LocalDate firstConversationOn, LocalDate clarifiedOn, String clarifiedQuestion,
			TrajectoryKind kind, @Nullable Integer rhythmWeeks, @Nullable LocalDate plannedEnd) implements TrajectoryState {}

	/** Closed with the exit route; the earlier dates stay when they existed. */
	record Closed(@Nullable LocalDate firstConversationOn, @Nullable LocalDate clarifiedOn, LocalDate closedOn,
			ExitRoute exitRoute) implements TrajectoryState {}

	/** The state's code in the database and the API. */
	default String code() {
		return switch (this) {
			case Registered r -> "REGISTERED";
			case Clarifying c -> "CLARIFYING";
			case InTrajectory t -> "IN_TRAJECTORY";
			case Closed c -> "CLOSED";
		};
	}

	/** The state's name on screen (label.<type>, a steun en leun trajectory named by its kind). */
	default String dutchName() {
		return this instanceof InTrajectory t && t.kind() == TrajectoryKind.SUPPORT_AND_LEAN ? t.kind().dutchName()
				: Labels.ofType(getClass());
	}

	default @Nullable LocalDate firstConversation() {
		return switch (this) {
			case Registered r -> null;
			case Clarifying c -> c.firstConversationOn();
			case InTrajectory t -> t.firstConversationOn();
			case Closed c -> c.firstConversationOn();
		};
	}

	default boolean open() {
		return !(this instanceof Closed);
	}
}
