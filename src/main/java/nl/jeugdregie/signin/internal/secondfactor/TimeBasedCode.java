package nl.jeugdregie.signin.internal.secondfactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as RFC 6238 defines them, with the parameters every authenticator app uses: HMAC-SHA1,
 * a 30-second time step counted from the Unix epoch, 6 digits. A code is accepted one step early or late (clocks of
 * phones drift), and only for a step after the last one used, so a code seen over someone's shoulder cannot be used
 * again.
 */
final class TimeBasedCode {

	static final long STEP_SECONDS = 30;
	static final int DIGITS = 6;
	private static final int WINDOW = 1;
	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private TimeBasedCode() {
	}

	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of one time step (RFC 4226 dynamic truncation), with {@code digits} digits and leading zeros. */
	static String code(byte[] secret, long step, String algorithm, int digits) {
		try {
			var mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			var offset = hash[hash.length - 1] & 0x0f;
			var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			var code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC is part of every JDK", e);
		}
	}

	static String code(byte[] secret, long step) {
		return code(secret, step, "HmacSHA1", DIGITS);
	}

	/**
	 * The step the typed code belongs to: one of {@code currentStep} ± 1 that is after {@code lastUsedStep}; empty when
	 * the code is wrong, too old or used before. Compared in constant time, so timing tells nothing about the code.
	 */
	static OptionalLong matchingStep(byte[] secret, String typed, long currentStep, long lastUsedStep) {
		if (typed.length() != DIGITS || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalLong.empty();
		}
		var found = OptionalLong.empty();
		for (var step = currentStep - WINDOW; step <= currentStep + WINDOW; step++) {
			var same = MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes());
			if (same && step > lastUsedStep && found.isEmpty()) {
				found = OptionalLong.of(step);
			}
		}
		return found;
	}
}
