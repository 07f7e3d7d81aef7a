package nl.jeugdregie.intake.internal.lists;

import java.time.LocalDate;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.intake.internal.lifecycle.TermStatus;
import org.jspecify.annotations.Nullable;

/**
 * One line of a list of help requests: the least needed to act on it. {@code norm} is the running norm as text,
 * {@code normStatus} whether it is overdue, due this week or running; {@code version} guards assigning from the list.
 */
public record ListedRequest(HelpRequestId id, String number, String name, int age, String state, LocalDate registeredOn,
		Crisis crisis, @Nullable String handler, String norm, NormStatus normStatus, int conversations,
		int maxConversations, boolean open, boolean waiting, long version) {

	public enum NormStatus {
		OVERDUE, DUE_THIS_WEEK, RUNNING, NONE
	}

	static ListedRequest of(HelpRequest request, LocalDate today, int maxConversations) {
		var state = request.state();
		String norm;
		NormStatus status;
		if (state instanceof HelpRequestState.AwaitingTreatment) {
			var clock = request.clockOn(today);
			norm = "Uiterlijk " + nl.jeugdregie.platform.format.DutchFormat.date(request.clock().deadline())
					+ ": " + clock.dutchText();
			status = switch (clock.status()) {
				case OVERDUE -> NormStatus.OVERDUE;
				case DUE_THIS_WEEK -> NormStatus.DUE_THIS_WEEK;
				case RUNNING -> NormStatus.RUNNING;
				case STARTED_IN_TIME, STARTED_LATE, CLOSED_BEFORE_START -> NormStatus.NONE;
			};
		}
		else {
			var term = TermStatus.of(request, today);
			norm = term == null ? "–" : term.name() + " " + nl.jeugdregie.platform.format.DutchFormat.date(term.deadline())
					+ ": " + term.dutchText();
			status = term == null ? NormStatus.NONE : term.overdue() ? NormStatus.OVERDUE
					: term.dueThisWeek() ? NormStatus.DUE_THIS_WEEK : NormStatus.RUNNING;
		}
		var handler = request.assignedTo() != null ? request.assignedTo() : request.treatmentStartedBy();
		return new ListedRequest(request.id(), request.number(), request.youngPerson().fullName(),
				request.youngPerson().ageOn(today), state.dutchName(), request.registeredOn(), request.crisis(), handler,
				norm, status, request.conversations().size(), maxConversations, state.open(),
				state instanceof HelpRequestState.AwaitingTreatment, request.version());
	}

	public boolean unassigned() {
		return handler == null;
	}

	/** TOE-7: the maximum number of conversations is reached. */
	public boolean atMaximum() {
		return conversations >= maxConversations;
	}

	/** The CSS class of the norm cell. */
	public String normClass() {
		return switch (normStatus) {
			case OVERDUE -> "jr-clock--overdue";
			case DUE_THIS_WEEK -> "jr-clock--due-soon";
			case RUNNING, NONE -> "";
		};
	}

	@Override
	public String toString() {
		return "ListedRequest[" + number + "]";
	}

}
