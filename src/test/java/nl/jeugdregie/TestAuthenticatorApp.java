package nl.jeugdregie;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The phone's authenticator app in browser tests (ADR 0040): keeps the secret each test account enrolled with and
 * makes RFC 6238 codes from it, written apart from the product's own code so the two check each other. The clock stands
 * still in tests, so each login uses the next of the three steps the product accepts (a code is never accepted twice).
 */
public final class TestAuthenticatorApp {

	private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
	private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

	private TestAuthenticatorApp() {
	}

	/** Remembers the secret the enrolment page shows (Base32, maybe in groups of four). */
	public static void enrol(String username, String base32Secret) {
		SECRETS.put(username, decode(base32Secret));
		LAST_STEPS.remove(username);
	}

	public static boolean knows(String username) {
		return SECRETS.containsKey(username);
	}

	/** The next code for this account: one step further than the last one used, within the step before and after now. */
	public static String nextCode(String username, Clock clock) {
		var now = Math.floorDiv(clock.instant().getEpochSecond(), 30);
		var step = Math.max(now - 1, LAST_STEPS.getOrDefault(username, Long.MIN_VALUE / 2) + 1);
		if (step > now + 1) {
			throw new IllegalStateException("The test clock stands still: no unused code left for " + username);
		}
		LAST_STEPS.put(username, step);
		return code(SECRETS.get(username), step);
	}

	/** The code of one time step, to test what the product does with a code of that step (replay, window). */
	public static String codeAt(String username, long step) {
		return code(SECRETS.get(username), step);
	}

	/** The time step of the clock: 30 seconds since the epoch. */
	public static long stepOf(Clock clock) {
		return Math.floorDiv(clock.instant().getEpochSecond(), 30);
	}

	static String code(byte[] secret, long step) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			var offset = hash[19] & 0xf;
			var value = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
			return String.format("%06d", value);
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] decode(String base32) {
		var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		var clean = base32.replace(" ", "");
		var out = new java.io.ByteArrayOutputStream();
		long buffer = 0;
		int bits = 0;
		for (var c : clean.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((int) (buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
