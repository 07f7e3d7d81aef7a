package nl.jeugdregie.platform.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * What the store knows of a key: still being handled, or done with the answer to give again. {@code fingerprint}
 * identifies the request the key was first used for (method, path and body), so the key cannot be reused for
 * another change.
 */
sealed interface Remembered {

	String fingerprint();

	record InProgress(String fingerprint) implements Remembered {}

	record Done(String fingerprint, int status, @Nullable String contentType, byte[] body, @Nullable String location,
			@Nullable String etag)
			implements Remembered {}
}
