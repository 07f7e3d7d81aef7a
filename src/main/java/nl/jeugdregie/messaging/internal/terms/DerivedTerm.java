package nl.jeugdregie.messaging.internal.terms;

import java.time.LocalDate;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;

/**
 * One term a message opened, as derived from the messages seen so far: who must act, from when, until when, and the
 * message that met it (null while open).
 */
record DerivedTerm(TermKind kind, MessageFlow flow, IjwMessageType.Side side, LocalDate startedOn, LocalDate dueOn,
		@Nullable LocalDate metOn, @Nullable IjwMessageType metByType, @Nullable String metByReference) {

	DerivedTerm {
		if (dueOn.isBefore(startedOn)) {
			throw new IllegalArgumentException("A term ends on or after the day it starts");
		}
		if ((metOn == null) != (metByType == null) || (metOn == null) != (metByReference == null)) {
			throw new IllegalArgumentException("A met term names the message that met it");
		}
	}
}
