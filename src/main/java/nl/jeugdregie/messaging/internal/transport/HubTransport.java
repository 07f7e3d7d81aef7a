package nl.jeugdregie.messaging.internal.transport;

import java.util.List;

/**
 * The boundary to the Gemeentelijk Gegevensknooppunt (GGk). The hub wraps each iJw message in a StUF envelope with a
 * base64-encoded zipped payload and authenticates the sender; an implementation unwraps and wraps that, and hands the
 * bare iJw XML to the product. The product judges what {@link #collect()} gives exactly as what arrives through the
 * REST API, and gives its retours and outgoing messages to {@link #send}. The first implementation is a directory
 * ({@link DirectoryTransport}); a GGk implementation replaces it without touching the judging.
 */
public interface HubTransport {

	/** A message waiting to be judged: a name for acknowledging it and its bytes. */
	record Waiting(String name, byte[] body) {}

	/** At most {@code max} of the messages waiting, oldest first, leaving out those named in {@code taken}. */
	List<Waiting> collect(int max, java.util.Set<String> taken);

	/** The message was judged (accepted, rejected or refused) and its answer sent: it leaves the queue. */
	void acknowledge(Waiting message, boolean refused);

	/** Sends a retour or an outgoing message. */
	void send(String name, byte[] body);
}
