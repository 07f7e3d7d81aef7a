package nl.jeugdregie.messaging.internal.transport;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.internal.incoming.IncomingMessages;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.incoming.Received;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges what the hub delivered, as the REST API does, and sends each retour back. The hub authenticated the sender,
 * so the header's sender is taken; the receiver in the header names the municipality. No content is logged.
 */
public final class HubImport {

	private static final Logger LOG = LoggerFactory.getLogger(HubImport.class);

	private final HubTransport transport;
	private final IncomingMessages incoming;

	public HubImport(HubTransport transport, IncomingMessages incoming) {
		this.transport = transport;
		this.incoming = incoming;
	}

	/** One round: every waiting message judged and answered; the number judged. */
	public int importWaiting() {
		var count = 0;
		for (var waiting : transport.collect()) {
			var receiver = receiver(waiting.body());
			var received = receiver == null ? new Received.NotYours()
					: incoming.receive(waiting.body(), new Origin(new MunicipalityCode(receiver), null), false);
			switch (received) {
				case Received.Answered answered -> {
					transport.send(answered.retourType().name() + "-" + waiting.name(), answered.retour());
					transport.acknowledge(waiting, false);
					count++;
				}
				case Received.Recorded recorded -> {
					transport.acknowledge(waiting, false);
					count++;
				}
				case Received.Refused refused -> {
					LOG.warn("iJw message {} refused from the hub: {}", waiting.name(), refused.kind());
					transport.acknowledge(waiting, true);
				}
				case Received.NotYours notYours -> {
					LOG.warn("iJw message {} names no municipality of this installation", waiting.name());
					transport.acknowledge(waiting, true);
				}
			}
		}
		return count;
	}

	/**
	 * The four-digit municipality from the header, found without trusting the rest (the judging parses it properly):
	 * the receiver, or for a JW302 (which keeps the JW301's header) the sender.
	 */
	private static @org.jspecify.annotations.Nullable String receiver(byte[] body) {
		var head = new String(body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
		var matcher = java.util.regex.Pattern.compile("<(?:\\w+:)?Ontvanger>\\s*(\\d{4})\\s*</").matcher(head);
		if (matcher.find()) {
			return matcher.group(1);
		}
		// A JW302 or JW320 keeps the header of the message it answers: the municipality is its Afzender.
		var sender = java.util.regex.Pattern.compile("<(?:\\w+:)?Afzender>\\s*(\\d{4})\\s*</").matcher(head);
		return sender.find() ? sender.group(1) : null;
	}
}
