package nl.jeugdregie.messaging.internal.incoming;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import org.jspecify.annotations.Nullable;

/**
 * A message after the work that needs no database (ADR 0050): either answered already (refused or not for this
 * installation) or readable, with level 1 judged and, when the schema allows, the message read for level 2.
 */
sealed interface ReadMessage {

	/**
	 * A retour on the municipality's message, a request or a declaration: judged one by one by its own flow
	 * ({@link IncomingMessages#receiveOther}).
	 */
	record OtherFlow(byte[] body, org.w3c.dom.Document document, Header header, Origin origin) implements ReadMessage {}

	/** Refused or not ours: nothing to store. */
	record Unreadable(Received answer) implements ReadMessage {}

	/**
	 * Readable: its bytes and their hash, the header, the municipality it was delivered to, whether it is valid against
	 * the schema, and the message when it could be read (null when the schema or the reader refused its content).
	 */
	record Readable(byte[] body, String hash, Header header, MunicipalityCode municipality, boolean schemaValid,
			@Nullable IjwMessage message) implements ReadMessage {}
}
