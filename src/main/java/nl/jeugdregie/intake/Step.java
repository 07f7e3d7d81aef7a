package nl.jeugdregie.intake;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A step in a help request's lifecycle that a professional asks for (TOE-4, TOE-5, TOE-7, TOE-8); fields may be
 * missing or wrong and are then refused.
 */
public sealed interface Step {

	/**
	 * A conversation; the first one takes the request into treatment (TOE-5). {@code first}: recorded as the first
	 * conversation, so it is refused once treatment has started, even by a double click that arrives a moment
	 * after the first one was saved.
	 */
	record HoldConversation(@Nullable LocalDate heldOn, boolean first) implements Step {

		public HoldConversation(@Nullable LocalDate heldOn) {
			this(heldOn, false);
		}
	}

	record DecideTriage(@Nullable TriageOutcome outcome, @Nullable Urgency urgency, @Nullable String reason,
			@Nullable String familyExplanation, @Nullable LocalDate decidedOn) implements Step {}

	record ContinueBeyondMaximum(@Nullable String reason) implements Step {}

	record NeedSpecialisedCare() implements Step {}

	record RecordApplication(@Nullable LocalDate appliedOn) implements Step {}

	record Close(@Nullable ClosureReason reason, @Nullable LocalDate closedOn) implements Step {}

	/** TOE-6: while waiting past the term, how often the professional will be in contact until treatment starts. */
	record AgreeContact(@Nullable Integer everyDays, @Nullable LocalDate agreedOn) implements Step {}

	/** TOE-6: a contact with the waiting applicant. */
	record RecordContact(@Nullable LocalDate contactedOn) implements Step {}
}
