package nl.jeugdregie.audit.internal;

import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import org.jspecify.annotations.Nullable;

/** What the administrator searches the access history for: one client, or one file by its reference. */
sealed interface AccessHistoryQuery {

	record ByClient(ClientId client) implements AccessHistoryQuery {}

	record BySubject(String subject) implements AccessHistoryQuery {}

	/** Reads the search as typed in the form or the API's query parameters; exactly one of the two is given. */
	static AccessHistoryQuery of(@Nullable String client, @Nullable String subject) {
		var hasClient = client != null && !client.isBlank();
		var hasSubject = subject != null && !subject.isBlank();
		if (hasClient == hasSubject) {
			throw new InvalidAccessHistoryQuery(hasClient ? "audit.search.both" : "audit.search.missing");
		}
		if (hasSubject) {
			return new BySubject(subject.strip());
		}
		try {
			return new ByClient(new ClientId(UUID.fromString(client.strip())));
		} catch (IllegalArgumentException e) {
			throw new InvalidAccessHistoryQuery("audit.search.invalid-client");
		}
	}

	/** The search cannot be run; {@code messageKey} names the Dutch explanation in messages-audit.properties. */
	final class InvalidAccessHistoryQuery extends RuntimeException {

		private final String messageKey;

		InvalidAccessHistoryQuery(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}
}
