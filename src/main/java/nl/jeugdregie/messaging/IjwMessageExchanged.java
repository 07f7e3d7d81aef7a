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
 * @param requestAnswer for a JW319 the answer it gives to the request (WJ760 VerzoekAntwoord: 1 declined, 2 under
 *     investigation); otherwise {@code null}. Added for the "in onderzoek" term (OP274, OP346); the constructor without
 *     it stays, so producers that do not know it compile unchanged.
 */
@DomainEvent
public record IjwMessageExchanged(MunicipalityCode municipality, Direction direction, IjwMessageType type,
		String reference, String providerAgb, @Nullable String answers, @Nullable LocalDate careDate,
		Instant exchangedAt, Outcome outcome, @Nullable RequestAnswer requestAnswer) {

	/** Seen from the municipality. */
	public enum Direction {
		SENT, RECEIVED
	}

	/** How the message was judged. */
	public enum Outcome {
		ACCEPTED, REJECTED, CHECKED_ONLY
	}

	/** WJ760 VerzoekAntwoord: how a JW319 answers a JW315 or JW317 request. */
	public enum RequestAnswer {
		/** Code 1: verzoek afgewezen. */
		DECLINED,
		/** Code 2: aanvraag in onderzoek; a decision follows within eight weeks (OP274, OP346). */
		UNDER_INVESTIGATION
	}

	/** A message without a request answer: every type but JW319, or a JW319 whose producer does not pass it. */
	public IjwMessageExchanged(MunicipalityCode municipality, Direction direction, IjwMessageType type, String reference,
			String providerAgb, @Nullable String answers, @Nullable LocalDate careDate, Instant exchangedAt,
			Outcome outcome) {
		this(municipality, direction, type, reference, providerAgb, answers, careDate, exchangedAt, outcome, null);
	}

	public IjwMessageExchanged {
		if (reference.isBlank() || reference.length() > 12) {
			throw new IllegalArgumentException("A message identification has 1 to 12 characters (LDT_IdentificatieBericht)");
		}
		if (!providerAgb.matches("\\d{8}")) {
			throw new IllegalArgumentException("A provider's AGB code has eight digits");
		}
		if (requestAnswer != null && type != IjwMessageType.JW319) {
			throw new IllegalArgumentException("Only a JW319 answers a request with a VerzoekAntwoord");
		}
	}
}
