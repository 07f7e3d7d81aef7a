package nl.jeugdregie.signin.internal.secondfactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/** The secret an authenticator app shares with Jeugdregie: 160 random bits (RFC 4226 recommends this length). */
final class SecondFactorSecret {

	private static final SecureRandom RANDOM = new SecureRandom();
	private final byte[] bytes;

	SecondFactorSecret(byte[] bytes) {
		if (bytes.length < 16) {
			throw new IllegalArgumentException("A TOTP secret has at least 128 bits");
		}
		this.bytes = bytes.clone();
	}

	static SecondFactorSecret generate() {
		var bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return new SecondFactorSecret(bytes);
	}

	byte[] bytes() {
		return bytes.clone();
	}

	/** In groups of four, as people type it into an app. */
	String forTyping() {
		return String.join(" ", Base32.encode(bytes).split("(?<=\\G.{4})"));
	}

	/** The Key URI Format the apps read from a QR code or a link. */
	String otpauthUri(String issuer, String account) {
		var label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + Base32.encode(bytes) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + TimeBasedCode.DIGITS + "&period=" + TimeBasedCode.STEP_SECONDS;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SecondFactorSecret secret && Arrays.equals(bytes, secret.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bytes);
	}

	/** Never the secret itself, so it cannot reach a log by accident. */
	@Override
	public String toString() {
		return "SecondFactorSecret[hidden]";
	}
}
