package nl.jeugdregie.messaging.internal.requests;

import java.util.List;
import java.util.stream.Stream;
import nl.jeugdregie.messaging.internal.message.RetourCodes;

/**
 * How a JW315 or JW317 was judged, per class (WJ001): {@code header} holds 0001 (levels 1 and 2) or 9056 (TR056);
 * the others are filled only when a level-3 rule rejected a class (its 9xxx code, the others 0200): the Client,
 * the JW317's Verzoek, and each product line in the message's order. A fully accepted request has no codes.
 */
record RequestCodes(List<String> header, List<String> client, List<String> request, List<List<String>> lines) {

	RequestCodes {
		header = List.copyOf(header);
		client = List.copyOf(client);
		request = List.copyOf(request);
		lines = lines.stream().map(List::copyOf).toList();
		Stream.of(header, client, request, lines.stream().flatMap(List::stream).toList()).flatMap(List::stream)
				.forEach(code -> {
					if (!code.matches("\\d{4}")) {
						throw new IllegalArgumentException("A retour code has four digits");
					}
				});
	}

	static RequestCodes none() {
		return new RequestCodes(List.of(), List.of(), List.of(), List.of());
	}

	static RequestCodes onHeader(String code) {
		return new RequestCodes(List.of(code), List.of(), List.of(), List.of());
	}

	boolean accepted() {
		return header.isEmpty() && remarks().isEmpty();
	}

	/** A level-3 rejection names the classes; otherwise the retour has only its header. */
	boolean perClass() {
		return !client.isEmpty();
	}

	/** All codes other than 0200, for the history. */
	List<String> remarks() {
		return Stream.of(header, client, request, lines.stream().flatMap(List::stream).toList()).flatMap(List::stream)
				.filter(c -> !RetourCodes.NO_REMARK.equals(c)).distinct().toList();
	}
}
