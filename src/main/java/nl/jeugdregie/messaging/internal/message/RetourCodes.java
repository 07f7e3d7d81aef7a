package nl.jeugdregie.messaging.internal.message;

import java.util.List;

/**
 * How a received message was judged, per class (WJ001 codes). {@code header} holds 0001 (levels 1 and 2) or a header
 * rule's code (TR056 → 9056); {@code client} and {@code perProduct} (in the message's order) are filled only when a
 * level-3 rule rejected a class: the failing class gets its 9xxx code, the others 0200. A fully accepted message has
 * no codes at all and gets a header-only retour.
 */
public record RetourCodes(List<String> header, List<String> client, List<List<String>> perProduct) {

	public static final String TECHNICAL = "0001";
	public static final String NO_REMARK = "0200";

	public RetourCodes {
		header = List.copyOf(header);
		client = List.copyOf(client);
		perProduct = perProduct.stream().map(List::copyOf).toList();
		for (var code : header) {
			requireCode(code);
		}
		for (var codes : perProduct) {
			codes.forEach(RetourCodes::requireCode);
		}
	}

	public static RetourCodes none() {
		return new RetourCodes(List.of(), List.of(), List.of());
	}

	public static RetourCodes onHeader(String code) {
		return new RetourCodes(List.of(code), List.of(), List.of());
	}

	/** Whether the message is taken (no codes other than "no remark"). */
	public boolean isAccepted() {
		return header.isEmpty() && perProduct.stream().flatMap(List::stream).allMatch(NO_REMARK::equals)
				&& client.stream().allMatch(NO_REMARK::equals);
	}

	/** Whether the retour names classes (a level-3 rejection) rather than only the header. */
	public boolean perClass() {
		return !perProduct.isEmpty();
	}

	/** All codes other than 0200, for the history. */
	public List<String> remarks() {
		return java.util.stream.Stream.of(header, client, perProduct.stream().flatMap(List::stream).toList())
				.flatMap(List::stream).filter(c -> !NO_REMARK.equals(c)).distinct().toList();
	}

	private static void requireCode(String code) {
		if (!code.matches("\\d{4}")) {
			throw new IllegalArgumentException("A retour code has four digits");
		}
	}
}
