package nl.jeugdregie.plans.internal.socialwork;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The clock of an adult's social work trajectory on a day (PLAN-8, PLAN-9): the first-conversation terms and
 * whether they were met, the planned end and the evaluation date of a regular trajectory, the next contact of
 * "steun en leun", and the one signal the worklist shows.
 */
public record SocialWorkClock(LocalDate firstConversationDue, LocalDate firstConversationLimit,
		@Nullable Boolean firstConversationWithinTerm, @Nullable Boolean firstConversationWithinLimit,
		@Nullable LocalDate plannedEnd, @Nullable LocalDate evaluationDue, @Nullable LocalDate nextContactDue,
		Signal signal) {

	/** What needs attention, most urgent first (the worklist sorts on this order). */
	public enum Signal implements Labelled {
		FIRST_CONVERSATION_LIMIT_PASSED(true),
		TERM_EXPIRED(true),
		FIRST_CONVERSATION_TERM_PASSED(true),
		EVALUATION_DUE(true),
		EVALUATION_SOON(true),
		CONTACT_DUE(true),
		FIRST_CONVERSATION_OPEN(false),
		CLARIFYING(false),
		ON_TRACK(false),
		CLOSED(false);

		private final boolean needsAction;

		Signal(boolean needsAction) {
			this.needsAction = needsAction;
		}

		public boolean needsAction() {
			return needsAction;
		}

		/** "Evaluatie binnenkort / termijn verlopen": the reminder list of PLAN-8. */
		public boolean evaluationReminder() {
			return this == TERM_EXPIRED || this == EVALUATION_DUE || this == EVALUATION_SOON;
		}
	}

	static SocialWorkClock of(SocialWorkTrajectory trajectory, SocialWorkTerms terms, LocalDate today) {
		var due = trajectory.registeredOn().plus(terms.firstConversationTerm());
		var limit = trajectory.registeredOn().plus(terms.firstConversationLimit());
		var first = trajectory.state().firstConversation();
		Boolean withinTerm = first == null ? null : !first.isAfter(due);
		Boolean withinLimit = first == null ? null : !first.isAfter(limit);
		return switch (trajectory.state()) {
			case TrajectoryState.Registered r -> new SocialWorkClock(due, limit, null, null, null, null, null,
					today.isAfter(limit) ? Signal.FIRST_CONVERSATION_LIMIT_PASSED
							: today.isAfter(due) ? Signal.FIRST_CONVERSATION_TERM_PASSED : Signal.FIRST_CONVERSATION_OPEN);
			case TrajectoryState.Clarifying c -> new SocialWorkClock(due, limit, withinTerm, withinLimit, null, null, null,
					Signal.CLARIFYING);
			case TrajectoryState.InTrajectory t when t.kind() == TrajectoryKind.SUPPORT_AND_LEAN -> {
				var last = trajectory.contacts().stream().filter(x -> x.kind() != ContactKind.CLARIFICATION)
						.map(SocialWorkTrajectory.Contact::heldOn).filter(d -> !d.isBefore(t.clarifiedOn()))
						.max(LocalDate::compareTo).orElse(t.clarifiedOn());
				var next = last.plusWeeks(t.rhythmWeeks());
				yield new SocialWorkClock(due, limit, withinTerm, withinLimit, null, null, next,
						today.isBefore(next) ? Signal.ON_TRACK : Signal.CONTACT_DUE);
			}
			case TrajectoryState.InTrajectory t -> {
				var end = t.plannedEnd() != null ? t.plannedEnd() : t.clarifiedOn().plus(terms.duration());
				var evaluation = end.minus(terms.evaluationLead());
				var reminder = evaluation.minus(terms.evaluationLead());
				var signal = today.isAfter(end) ? Signal.TERM_EXPIRED
						: trajectory.evaluated() ? Signal.ON_TRACK
						: !today.isBefore(evaluation) ? Signal.EVALUATION_DUE
						: !today.isBefore(reminder) ? Signal.EVALUATION_SOON : Signal.ON_TRACK;
				yield new SocialWorkClock(due, limit, withinTerm, withinLimit, end, evaluation, null, signal);
			}
			case TrajectoryState.Closed c -> new SocialWorkClock(due, limit, withinTerm, withinLimit, null, null, null,
					Signal.CLOSED);
		};
	}
}
