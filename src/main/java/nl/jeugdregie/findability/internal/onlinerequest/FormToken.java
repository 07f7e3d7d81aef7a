package nl.jeugdregie.findability.internal.onlinerequest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VIND-3: the one-time token of the public form, without a session: a random nonce and the moment the form was
 * shown, signed with HMAC-SHA256 under a secret drawn at start-up. A valid token proves the form came from this
 * server, says how long the visitor took (a form sent faster than a person can fill it is refused) and is used once
 * ({@code findability_form_token_used}). After a restart old tokens are invalid; the visitor gets a fresh form.
 * <p>
 * The fill time is elapsed time on a monotonic ticker ({@link System#nanoTime()} in production), not the business
 * clock: a clock pinned for a demonstration or a test must not make every form "too fast" (ADR 0029).
 */
final class FormToken {

	/** What a token says when checked. */
	sealed interface Check {
		record Valid(String nonce) implements Check {}

		record TooFast() implements Check {}

		record Expired() implements Check {}

		record Invalid() implements Check {}
	}

	private final byte[] secret;
	private final Duration minimumFillTime;
	private final Duration maximumAge;
	private final SecureRandom random = new SecureRandom();
	private final LongSupplier ticker;
	private final long origin;

	/** @param ticker nanoseconds from a monotonic source, such as {@code System::nanoTime} */
	FormToken(Duration minimumFillTime, Duration maximumAge, LongSupplier ticker) {
		this.secret = new byte[32];
		random.nextBytes(secret);
		this.minimumFillTime = minimumFillTime;
		this.maximumAge = maximumAge;
		this.ticker = ticker;
		this.origin = ticker.getAsLong();
	}

	String issue() {
		var nonce = new byte[16];
		random.nextBytes(nonce);
		var payload = HexFormat.of().formatHex(nonce) + "." + elapsedMillis();
		return payload + "." + sign(payload);
	}

	private long elapsedMillis() {
		return Math.max(0, (ticker.getAsLong() - origin) / 1_000_000);
	}

	Check check(String token) {
		var now = Instant.ofEpochMilli(elapsedMillis());
		var parts = token.split("\\.");
		if (parts.length != 3 || !parts[0].matches("[0-9a-f]{32}") || !parts[1].matches("[0-9]{1,15}")) {
			return new Check.Invalid();
		}
		var payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return new Check.Invalid();
		}
		var issued = Instant.ofEpochMilli(Long.parseLong(parts[1]));
		if (now.isBefore(issued.plus(minimumFillTime))) {
			return new Check.TooFast();
		}
		if (now.isAfter(issued.plus(maximumAge))) {
			return new Check.Expired();
		}
		return new Check.Valid(parts[0]);
	}

	/** A keyed hash of a source address, so the rate limit stores no address. */
	String hashOf(String address) {
		return sign("address:" + address);
	}

	private String sign(String payload) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}
}
