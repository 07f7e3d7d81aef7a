package nl.jeugdregie.signin.internal.protection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a short while that a password matched an account's stored hash, so an API client sending Basic
 * credentials on every call pays bcrypt once, not per call. Only a salted SHA-256 of password and stored hash is
 * kept (the salt is random per process), so the memory holds no password, and a changed password no longer
 * matches. Thread-safe: a concurrent map of immutable entries. Only the API's Basic door asks it
 * ({@link RememberedBasicLoginFilter}); a login through the form always checks the password and is recorded.
 */
final class RecentVerifications {

	private static final int MAX_ENTRIES = 10_000;

	private final Duration remember;
	private final Clock clock;
	private final byte[] salt = new byte[32];
	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private record Entry(byte[] digest, Instant until) {}

	RecentVerifications(Duration remember, Clock clock) {
		if (remember.isNegative()) {
			throw new IllegalArgumentException("A verified password is remembered for zero or more time");
		}
		this.remember = remember;
		this.clock = clock;
		new SecureRandom().nextBytes(salt);
	}

	/** Whether a password of this account may be remembered now: asked first, so others cost no database work. */
	boolean mayKnow(String username) {
		var entry = entries.get(username);
		return entry != null && clock.instant().isBefore(entry.until());
	}

	boolean verified(String username, String password, String storedHash) {
		var entry = entries.get(username);
		return entry != null && clock.instant().isBefore(entry.until())
				&& MessageDigest.isEqual(entry.digest(), digest(username, password, storedHash));
	}

	void remember(String username, String password, String storedHash) {
		if (remember.isZero()) {
			return;
		}
		var now = clock.instant();
		if (entries.size() >= MAX_ENTRIES) {
			// Only a right password makes an entry, so this many means that many accounts in use: drop the stale.
			entries.values().removeIf(entry -> !now.isBefore(entry.until()));
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(username, new Entry(digest(username, password, storedHash), now.plus(remember)));
	}

	void forget(String username) {
		entries.remove(username);
	}

	private byte[] digest(String username, String password, String storedHash) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update((username + '\0' + storedHash + '\0' + password).getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
