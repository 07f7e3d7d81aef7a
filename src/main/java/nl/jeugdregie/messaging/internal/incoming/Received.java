package nl.jeugdregie.messaging.internal.incoming;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;

/**
 * What receiving a message ended in.
 */
public sealed interface Received {

	/** Not readable as an iJw message at all: nothing stored, nothing applied. */
	record Refused(nl.jeugdregie.messaging.internal.xml.XmlRefused.Kind kind, String reason) implements Received {}

	/** The header names another receiver or another sender than the account's provider. */
	record NotYours() implements Received {}

	/**
	 * Judged: the retour to send back. {@code id} is null for a pre-check (nothing stored); {@code replay} when the same
	 * message arrived before (the stored retour again, no second effect).
	 */
	record Answered(@Nullable UUID id, IjwMessageType retourType, byte[] retour, boolean accepted, boolean replay,
			List<String> remarks) implements Received {}

	/**
	 * A retour from the provider recorded and linked, not answered: a JW302 on a JW301 (ADR 0046) or a JW320 on a
	 * JW319 (ADR 0048). {@code id} is null for a pre-check; {@code accepted} says whether the provider took the message
	 * it answers; {@code linked} whether that message was found; {@code replay} when the same retour arrived before.
	 */
	record Recorded(@Nullable UUID id, IjwMessageType type, boolean accepted, boolean linked, boolean replay,
			List<String> remarks) implements Received {}
}
