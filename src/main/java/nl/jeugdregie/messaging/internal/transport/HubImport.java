package nl.jeugdregie.messaging.internal.transport;

import nl.jeugdregie.identity.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.messaging.internal.incoming.BatchReceiving;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.incoming.Received;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges what the hub delivered, as the REST API does, and sends each retour back. The hub authenticated the sender,
 * so the header's sender is taken; the receiver in the header names the municipality. No content is logged.
 */
public final class HubImport {

	/** Messages judged per round trip of the import (ADR 0050): enough for batching, little enough for memory. */
	static final int CHUNK = 500;

	private static final Logger LOG = LoggerFactory.getLogger(HubImport.class);

	private final HubTransport transport;
	private final BatchReceiving incoming;

	public HubImport(HubTransport transport, BatchReceiving incoming) {
		this.transport = transport;
		this.incoming = incoming;
	}

	/**
	 * One round: every waiting message judged and answered, {@link #CHUNK} at a time; the number judged. A chunk is
	 * judged and committed first; only then are its retours sent and its messages acknowledged, so a crash at any point
	 * leaves each message either waiting (and judged again, idempotently, with the stored retour) or done.
	 */
	public int importWaiting() {
		var count = 0;
		List<HubTransport.Waiting> chunk;
		do {
			chunk = transport.collect(CHUNK);
			var delivered = new ArrayList<BatchReceiving.Delivered>();
			var ours = new ArrayList<HubTransport.Waiting>();
			for (var waiting : chunk) {
				var receiver = receiver(waiting.body());
				if (receiver == null) {
					LOG.warn("iJw message {} names no municipality of this installation", waiting.name());
					transport.acknowledge(waiting, true);
					continue;
				}
				delivered.add(new BatchReceiving.Delivered(waiting.body(), new Origin(new MunicipalityCode(receiver), null)));
				ours.add(waiting);
			}
			var answers = incoming.receiveAll(delivered);
			for (var i = 0; i < ours.size(); i++) {
				count += answer(ours.get(i), answers.get(i));
			}
		} while (chunk.size() == CHUNK);
		return count;
	}

	private int answer(HubTransport.Waiting waiting, Received received) {
		switch (received) {
			case Received.Answered answered -> {
				transport.send(answered.retourType().name() + "-" + waiting.name(), answered.retour());
				transport.acknowledge(waiting, false);
				return 1;
			}
			case Received.Refused refused -> {
				LOG.warn("iJw message {} refused from the hub: {}", waiting.name(), refused.kind());
				transport.acknowledge(waiting, true);
				return 0;
			}
			case Received.NotYours notYours -> {
				LOG.warn("iJw message {} names no municipality of this installation", waiting.name());
				transport.acknowledge(waiting, true);
				return 0;
			}
		}
	}

	/** The four-digit receiver from the header, found without trusting the rest (the judging parses it properly). */
	private static @org.jspecify.annotations.Nullable String receiver(byte[] body) {
		var head = new String(body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
		var matcher = java.util.regex.Pattern.compile("<(?:\\w+:)?Ontvanger>\\s*(\\d{4})\\s*</").matcher(head);
		return matcher.find() ? matcher.group(1) : null;
	}
}
