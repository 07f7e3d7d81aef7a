package nl.jeugdregie.intake.internal;

import java.time.LocalDate;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import org.jspecify.annotations.Nullable;

/** What a professional asks to do with a help request; fields may be missing and are then refused. */
sealed interface LifecycleCommand {

	/** A conversation; the first one takes the request into treatment (TOE-5). */
	record HoldConversation(@Nullable LocalDate heldOn) implements LifecycleCommand {}

	record DecideTriage(@Nullable TriageOutcome outcome, @Nullable Urgency urgency, @Nullable String reason,
			@Nullable String familyExplanation, @Nullable LocalDate decidedOn) implements LifecycleCommand {}

	record ContinueBeyondMaximum(@Nullable String reason) implements LifecycleCommand {}

	record NeedSpecialisedCare() implements LifecycleCommand {}

	record RecordApplication(@Nullable LocalDate appliedOn) implements LifecycleCommand {}

	record Close(@Nullable ClosureReason reason, @Nullable LocalDate closedOn) implements LifecycleCommand {}
}
