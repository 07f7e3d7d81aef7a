package nl.jeugdregie.messaging.internal.terms;

import java.time.LocalDate;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;

/** A row of the worklist: one term with its status today. */
public record ListedTerm(long id, TermKind kind, MessageFlow flow, IjwMessageType.Side side, String providerAgb,
		IjwMessageType messageType, String reference, LocalDate startedOn, LocalDate dueOn, @Nullable LocalDate metOn,
		@Nullable IjwMessageType metByType, @Nullable String metByReference, TermStatus status) {

	/** The standard's rule, for example OP090. */
	public String rule() {
		return kind.rule(messageType);
	}

	/** Who must act, in Dutch. */
	public String actor() {
		return side == IjwMessageType.Side.MUNICIPALITY ? "Gemeente" : "Aanbieder";
	}

	/** The CSS class of the status, as the other worklists colour their terms. */
	public String statusClass() {
		return switch (status) {
			case OVERDUE, LATE -> "jr-clock--overdue";
			case DUE -> "jr-clock--due-soon";
			case IN_TIME -> "";
		};
	}
}
