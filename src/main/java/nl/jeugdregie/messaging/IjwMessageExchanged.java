package nl.jeugdregie.messaging;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * BEY-5, TOEW-7: one iJw message left the municipality or arrived from a provider and was judged. The answer terms
 * (OP090, OP271, OP272, OP274, OP346, declaration answer) are watched from these events alone. No personal data: the
 * client is not in it.
 *
 * @param municipality the municipality on whose side the message is
 * @param direction whether the municipality sent or received it
 * @param type the message type
 * @param reference the message's own identification (header {@code Identificatie}, LDT_IdentificatieBericht), unique per sender and
 *     type (TR056)
 * @param providerAgb the provider's AGB code (eight digits) on the other side
 * @param answers for a retour or answer: the identification of the message it answers (a JW302's JW301, a
 *     JW319's or JW301's JW315/JW317 request, a JW325's JW323); otherwise {@code null}
 * @param careDate for a JW305 the start date of care, for a JW307 the end date of care; otherwise {@code null}
 * @param exchangedAt when it was sent or received
 * @param outcome accepted, rejected (with a retour code), or only checked (pre-check, no effect)
 */
@DomainEvent
public record IjwMessageExchanged(MunicipalityCode municipality, Direction direction, IjwMessageType type,
		String reference, String providerAgb, @Nullable String answers, @Nullable LocalDate careDate,
		Instant exchangedAt, Outcome outcome) {

	/** Seen from the municipality. */
	public enum Direction {
		SENT, RECEIVED
	}

	/** How the message was judged. */
	public enum Outcome {
		ACCEPTED, REJECTED, CHECKED_ONLY
	}

	public IjwMessageExchanged {
		if (reference.isBlank() || reference.length() > 12) {
			throw new IllegalArgumentException("A message identification has 1 to 12 characters (LDT_IdentificatieBericht)");
		}
		if (!providerAgb.matches("\\d{8}")) {
			throw new IllegalArgumentException("A provider's AGB code has eight digits");
		}
	}
}
