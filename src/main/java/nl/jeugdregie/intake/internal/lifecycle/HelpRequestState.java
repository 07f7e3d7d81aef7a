package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Where a help request stands in its lifecycle: registered → (first conversation) triage → CJG treatment,
 * an application for specialised care, or a closing outcome → closed. Transitions are guarded by
 * {@link TransitionPolicy}.
 */
public sealed interface HelpRequestState {

	/** Registered and waiting for the first conversation (TOE-5 clock running). */
	record AwaitingTreatment() implements HelpRequestState {}

	/** The first conversation took place: question clarification and triage over the life domains (TOE-4). */
	record InTriage() implements HelpRequestState {}

	/** The CJG professional handles the request, in at most the norm's number of conversations (TOE-7). */
	record InCjgTreatment() implements HelpRequestState {}

	/** Specialised care is needed: the application is due within the term after the last conversation (TOE-7). */
	record AwaitingApplication(LocalDate applicationDue) implements HelpRequestState {}

	/** The application is made: the route to care runs until the lead-time deadline (TOE-8). */
	record ApplicationMade(LocalDate appliedOn, LocalDate leadTimeDeadline) implements HelpRequestState {}

	/**
	 * Closed with an end reason. A request closed after its application keeps the application and its lead-time
	 * deadline: the route to care (TOE-8) ends at closure and is reported on.
	 */
	record Closed(LocalDate closedOn, ClosureReason reason, String closedBy, @Nullable ApplicationMade application)
			implements HelpRequestState {

		public Closed(LocalDate closedOn, ClosureReason reason, String closedBy) {
			this(closedOn, reason, closedBy, null);
		}
	}

	/** The state's name on screen (label.<type> in messages.properties). */
	default String dutchName() {
		return Labels.ofType(getClass());
	}

	default String code() {
		return switch (this) {
			case AwaitingTreatment a -> "AWAITING_TREATMENT";
			case InTriage t -> "IN_TRIAGE";
			case InCjgTreatment t -> "IN_CJG_TREATMENT";
			case AwaitingApplication a -> "AWAITING_APPLICATION";
			case ApplicationMade a -> "APPLICATION_MADE";
			case Closed c -> "CLOSED";
		};
	}

	/** The application of the route to care (TOE-8), while it runs and after closure. */
	default @Nullable ApplicationMade application() {
		return switch (this) {
			case ApplicationMade a -> a;
			case Closed c -> c.application();
			case AwaitingTreatment a -> null;
			case InTriage t -> null;
			case InCjgTreatment t -> null;
			case AwaitingApplication a -> null;
		};
	}

	default boolean open() {
		return !(this instanceof Closed);
	}
}
