package nl.jeugdregie.messaging.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageExchanged.Direction;
import nl.jeugdregie.messaging.IjwMessageExchanged.Outcome;
import nl.jeugdregie.messaging.IjwMessageExchanged.RequestAnswer;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;

/**
 * A message as the terms remember it ({@code messaging_term_message}): the facts of one {@link IjwMessageExchanged}
 * that was judged (a pre-check has no effect and is never remembered).
 */
record ExchangedMessage(MunicipalityCode municipality, String providerAgb, IjwMessageType type, String reference,
		Direction direction, Outcome outcome, @Nullable String answers, @Nullable LocalDate careDate,
		@Nullable RequestAnswer requestAnswer, Instant exchangedAt) {

	ExchangedMessage {
		if (outcome == Outcome.CHECKED_ONLY) {
			throw new IllegalArgumentException("A message only checked has no effect, also not on a term");
		}
		if (!providerAgb.matches("\\d{8}") || reference.isBlank() || reference.length() > 12) {
			throw new IllegalArgumentException("A message has an AGB code of eight digits and an identification");
		}
	}

	static ExchangedMessage of(IjwMessageExchanged event) {
		return new ExchangedMessage(event.municipality(), event.providerAgb(), event.type(), event.reference(),
				event.direction(), event.outcome(), event.answers(), event.careDate(), event.requestAnswer(),
				event.exchangedAt());
	}

	/** Whether the direction fits the type's sender: the municipality sends what it sends, and receives the rest. */
	boolean directionFitsType() {
		return (direction == Direction.SENT) == (type.sentBy() == IjwMessageType.Side.MUNICIPALITY);
	}
}
