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
		var chunk = transport.collect(CHUNK, java.util.Set.of());
		var read = read(chunk);
		while (!chunk.isEmpty()) {
			// The next chunk is read (parsed, validated) while this one is judged and stored (ADR 0050).
			var taken = chunk.stream().map(HubTransport.Waiting::name).collect(java.util.stream.Collectors.toSet());
			var nextChunk = chunk.size() < CHUNK ? List.<HubTransport.Waiting>of() : transport.collect(CHUNK, taken);
			var nextRead = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(nextChunk));
			count += judgeAndAnswer(read);
			chunk = nextChunk;
			read = nextRead.join();
		}
		return count;
	}

	/** A chunk's messages for this installation, read; the others are refused at once. */
	private ReadChunk read(List<HubTransport.Waiting> chunk) {
		var delivered = new ArrayList<BatchReceiving.Delivered>();
		var ours = new ArrayList<HubTransport.Waiting>();
		var refused = new ArrayList<HubTransport.Waiting>();
		for (var waiting : chunk) {
			var receiver = receiver(waiting.body());
			if (receiver == null) {
				refused.add(waiting);
				continue;
			}
			delivered.add(new BatchReceiving.Delivered(waiting.body(), new Origin(new MunicipalityCode(receiver), null)));
			ours.add(waiting);
		}
		return new ReadChunk(ours, incoming.read(delivered), refused);
	}

	private record ReadChunk(List<HubTransport.Waiting> ours, BatchReceiving.Read read, List<HubTransport.Waiting> refused) {}

	/** Judges and commits a chunk; only then are its retours sent and its messages acknowledged. */
	private int judgeAndAnswer(ReadChunk chunk) {
		for (var waiting : chunk.refused()) {
			LOG.warn("iJw message {} names no municipality of this installation", waiting.name());
			transport.acknowledge(waiting, true);
		}
		var answers = incoming.judge(chunk.read());
		var count = 0;
		for (var i = 0; i < chunk.ours().size(); i++) {
			count += answer(chunk.ours().get(i), answers.get(i));
		}
		return count;
	}

	private int answer(HubTransport.Waiting waiting, Received received) {
		switch (received) {
			case Received.Answered answered -> {
				transport.send(answered.retourType().name() + "-" + waiting.name(), answered.retour());
				transport.acknowledge(waiting, false);
				return 1;
			}
			case Received.Recorded recorded -> {
				// A JW302 or JW320: recorded with the message it answers; it has no answer of its own.
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

	/**
	 * The four-digit municipality from the header, found without trusting the rest (the judging parses it properly):
	 * the receiver, or for a JW302 or JW320 (which keep the header of the message they answer) the sender.
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
