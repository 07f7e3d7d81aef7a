package nl.jeugdregie.signin.internal.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API token as the client holds it: {@code jr_<id>_<secret>}. The id (64 random bits, hex) is the public
 * prefix the token is looked up by; the secret (256 random bits, base64url) is stored only as its SHA-256 hash.
 * A fast hash suffices: nobody can guess 256 random bits, unlike a password.
 */
record ApiTokenSecret(String id, String secret) {

	private static final Pattern FORMAT = Pattern.compile("jr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
	private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
	private static final SecureRandom RANDOM = new SecureRandom();

	ApiTokenSecret {
		if (!FORMAT.matcher("jr_" + id + "_" + secret).matches()) {
			throw new IllegalArgumentException("An API token has a 16-hex-digit id and a 43-character secret");
		}
	}

	static ApiTokenSecret generate() {
		var id = new byte[8];
		var secret = new byte[32];
		RANDOM.nextBytes(id);
		RANDOM.nextBytes(secret);
		return new ApiTokenSecret(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** Whether {@code id} can be a token's id (a path may hold anything). */
	static boolean isId(String id) {
		return ID.matcher(id).matches();
	}

	/** The token in a bearer header, if it has the format of one. */
	static Optional<ApiTokenSecret> parse(String token) {
		var matcher = FORMAT.matcher(token);
		return matcher.matches() ? Optional.of(new ApiTokenSecret(matcher.group(1), matcher.group(2))) : Optional.empty();
	}

	/** What the client sends; shown once when issued. */
	String value() {
		return "jr_" + id + "_" + secret;
	}

	String secretHash() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** Constant-time, so the time taken tells nothing about how much of a guessed secret was right. */
	boolean matches(String storedHash) {
		return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public String toString() {
		return "ApiTokenSecret[id=" + id + "]";
	}
}
